using System;
using System.Globalization;
using System.Text;

namespace BiometricConsent.Consent;

/// <summary>
/// The head of a durable ledger's checksum chain — the sequence number of a record and its checksum, which covers every
/// record up to it — for applications to keep somewhere the ledger is not (another database, a log shipped off the
/// machine, a signed report) and to check the ledger against later (<c>VerifyAgainstAsync</c> of the SQLite and
/// PostgreSQL ledgers). Its text form is <c>sequence:checksum</c>, the checksum as 64 lower-case hex digits; both
/// ledgers compute the same checksum for the same records.
/// </summary>
/// <remarks>
/// A ledger that still holds the anchored record with the anchored checksum has lost nothing up to it and had nothing
/// before it rewritten: see docs/sqlite-ledger.md and docs/postgresql-ledger.md for what verification against an
/// anchor does and does not detect.
/// </remarks>
public sealed class LedgerAnchor : IEquatable<LedgerAnchor>
{
    private const int ChecksumLength = 32;
    private readonly byte[] checksum;

    /// <summary>Creates an anchor; for ledger implementations, which publish their head as one.</summary>
    /// <param name="sequenceNumber">The sequence number of the anchored record; 0 before the first record.</param>
    /// <param name="checksum">The chain's SHA-256 checksum at that record (32 bytes); copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="checksum"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="checksum"/> is not 32 bytes long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequenceNumber"/> is negative.</exception>
    public LedgerAnchor(long sequenceNumber, byte[] checksum)
    {
        Preconditions.CheckNotNull(checksum, nameof(checksum));
        Preconditions.CheckArgument(checksum.Length == ChecksumLength, nameof(checksum), "A ledger checksum is 32 bytes (SHA-256).");
        if (sequenceNumber < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sequenceNumber), sequenceNumber, "A sequence number is 0 (before the first record) or more.");
        }

        SequenceNumber = sequenceNumber;
        this.checksum = (byte[])checksum.Clone();
    }

    /// <summary>The anchor of an empty ledger: sequence number 0, before record 1.</summary>
    public static LedgerAnchor Empty { get; } = new LedgerAnchor(0, new byte[ChecksumLength]);

    /// <summary>The sequence number of the anchored record; 0 for an empty ledger.</summary>
    public long SequenceNumber { get; }

    /// <summary>The anchored record's checksum (SHA-256 over the chain up to it) as 64 lower-case hex digits.</summary>
    public string Checksum
    {
        get
        {
            var hex = new StringBuilder(ChecksumLength * 2);
            foreach (var b in checksum)
            {
                hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }
    }

    /// <summary>Reads the text form <c>sequence:checksum</c> that <see cref="ToString"/> writes.</summary>
    /// <param name="text">The anchor as text.</param>
    /// <returns>The anchor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an anchor.</exception>
    public static LedgerAnchor Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));

        var colon = text.IndexOf(':');
        var hex = colon < 0 ? string.Empty : text.Substring(colon + 1);
        if (colon < 0 || !long.TryParse(text.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || hex.Length != ChecksumLength * 2)
        {
            throw new FormatException($"'{text}' is not a ledger anchor: expected the sequence number, a colon and 64 hex digits.");
        }

        var bytes = new byte[ChecksumLength];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (!byte.TryParse(hex.Substring(2 * i, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bytes[i]))
            {
                throw new FormatException($"'{text}' is not a ledger anchor: '{hex.Substring(2 * i, 2)}' is not a hex byte.");
            }
        }

        return new LedgerAnchor(sequence, bytes);
    }

    /// <summary>
    /// Checks a ledger's verified checksum chain against this anchor; for ledger implementations, after reading and
    /// verifying every record.
    /// </summary>
    /// <param name="ledger">The ledger's name, for the exception.</param>
    /// <param name="lastSequenceNumber">The sequence number of the chain's last record; 0 when the ledger is empty.</param>
    /// <param name="checksumAtAnchor">The chain's checksum at <see cref="SequenceNumber"/>; null when the chain ends before it.</param>
    /// <param name="howRecordsAreLost">How the newest records of this kind of ledger can disappear, for the message (such as "the newest records were deleted, or an older backup was restored").</param>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> or <paramref name="howRecordsAreLost"/> is null.</exception>
    /// <exception cref="ConsentLedgerCorruptException">
    /// The chain ends before the anchored record, or the anchored record's checksum differs;
    /// <see cref="ConsentLedgerCorruptException.SequenceNumber"/> names the first record concerned.
    /// </exception>
    public void CheckChain(string ledger, long lastSequenceNumber, byte[]? checksumAtAnchor, string howRecordsAreLost)
    {
        Preconditions.CheckNotNull(ledger, nameof(ledger));
        Preconditions.CheckNotNull(howRecordsAreLost, nameof(howRecordsAreLost));

        if (lastSequenceNumber < SequenceNumber)
        {
            throw new ConsentLedgerCorruptException(
                ledger,
                $"it ends at record #{lastSequenceNumber}, but the anchor names record #{SequenceNumber}: records #{lastSequenceNumber + 1} to #{SequenceNumber} are missing ({howRecordsAreLost})",
                lastSequenceNumber + 1);
        }

        if (!Matches(checksumAtAnchor))
        {
            throw new ConsentLedgerCorruptException(
                ledger,
                $"record #{SequenceNumber} does not carry the anchor's checksum: the records up to it were rewritten, or the anchor belongs to another ledger",
                SequenceNumber);
        }
    }

    /// <summary>The text form, <c>sequence:checksum</c>.</summary>
    /// <returns>The anchor as text.</returns>
    public override string ToString() => SequenceNumber.ToString(CultureInfo.InvariantCulture) + ":" + Checksum;

    /// <inheritdoc />
    public bool Equals(LedgerAnchor? other) => other is not null && other.SequenceNumber == SequenceNumber && Matches(other.checksum);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LedgerAnchor);

    /// <inheritdoc />
    public override int GetHashCode() => SequenceNumber.GetHashCode() ^ BitConverter.ToInt32(checksum, 0);

    // In constant time: an anchor is compared with what an attacker may have rewritten.
    private bool Matches(byte[]? other)
    {
        if (other is null || other.Length != checksum.Length)
        {
            return false;
        }

        var diff = 0;
        for (var i = 0; i < checksum.Length; i++)
        {
            diff |= checksum[i] ^ other[i];
        }

        return diff == 0;
    }
}
