using System;
using System.Globalization;
using System.Text;

namespace BiometricConsent.Sqlite;

/// <summary>
/// The head of a ledger's checksum chain — the sequence number of a record and its checksum, which covers every record
/// up to it — for applications to keep somewhere the ledger's file is not (another database, a log shipped off the
/// machine, a signed report) and to check the ledger against later with
/// <see cref="SqliteConsentLedger.VerifyAgainstAsync"/>. Its text form is <c>sequence:checksum</c>, the checksum as 64
/// lower-case hex digits.
/// </summary>
/// <remarks>
/// A ledger that still holds the anchored record with the anchored checksum has lost nothing up to it and had nothing
/// before it rewritten: see docs/sqlite-ledger.md for what verification against an anchor does and does not detect.
/// </remarks>
public sealed class LedgerAnchor : IEquatable<LedgerAnchor>
{
    private const int ChecksumLength = 32;
    private readonly byte[] checksum;

    internal LedgerAnchor(long sequenceNumber, byte[] checksum)
    {
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

    /// <summary>The text form, <c>sequence:checksum</c>.</summary>
    /// <returns>The anchor as text.</returns>
    public override string ToString() => SequenceNumber.ToString(CultureInfo.InvariantCulture) + ":" + Checksum;

    /// <inheritdoc />
    public bool Equals(LedgerAnchor? other) => other is not null && other.SequenceNumber == SequenceNumber && Matches(other.checksum);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LedgerAnchor);

    /// <inheritdoc />
    public override int GetHashCode() => SequenceNumber.GetHashCode() ^ BitConverter.ToInt32(checksum, 0);

    internal bool Matches(byte[]? other)
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
