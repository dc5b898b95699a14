using System;
using System.Globalization;

namespace BiometricConsent.PostgreSql;

/// <summary>
/// The head of a ledger's checksum chain — the sequence number of a record and its checksum, which covers every record
/// up to it — for applications to keep outside the database (another store, a log shipped elsewhere, a signed report)
/// and to check the ledger against later with <see cref="PostgreSqlConsentLedger.VerifyAgainstAsync"/>. Its text form
/// is <c>sequence:checksum</c>, the checksum as 64 lower-case hex digits: the same form, and for the same records the
/// same value, as the SQLite ledger's anchor.
/// </summary>
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
    public string Checksum => Convert.ToHexString(checksum).ToLowerInvariant();

    /// <summary>Reads the text form <c>sequence:checksum</c> that <see cref="ToString"/> writes.</summary>
    /// <param name="text">The anchor as text.</param>
    /// <returns>The anchor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an anchor.</exception>
    public static LedgerAnchor Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));

        var colon = text.IndexOf(':');
        if (colon < 0
            || !long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || text.Length - colon - 1 != ChecksumLength * 2)
        {
            throw new FormatException($"'{text}' is not a ledger anchor: expected the sequence number, a colon and 64 hex digits.");
        }

        try
        {
            return new LedgerAnchor(sequence, Convert.FromHexString(text.AsSpan(colon + 1)));
        }
        catch (FormatException e)
        {
            throw new FormatException($"'{text}' is not a ledger anchor: the checksum is not 64 hex digits.", e);
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
    public override int GetHashCode() => HashCode.Combine(SequenceNumber, BitConverter.ToInt32(checksum, 0));

    internal bool Matches(byte[]? other) =>
        other is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(checksum, other);
}
