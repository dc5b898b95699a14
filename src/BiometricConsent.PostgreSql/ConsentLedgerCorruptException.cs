using System;

namespace BiometricConsent.PostgreSql;

/// <summary>
/// A PostgreSQL schema cannot be used as a consent ledger: it belongs to another application, has a schema version
/// newer than this package understands, lacks the append-only trigger, or holds a record whose checksum does not
/// verify, or records are missing.
/// </summary>
/// <remarks>
/// The ledger never repairs, resets or overwrites such records: they are evidence. The message names the ledger
/// (database and schema) and what is wrong.
/// </remarks>
public sealed class ConsentLedgerCorruptException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ledger">The ledger that cannot be used, as <c>database/schema</c>.</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    /// <param name="sequenceNumber">The sequence number of the damaged record, when one is to blame.</param>
    /// <param name="innerException">The error that revealed the problem, if any.</param>
    public ConsentLedgerCorruptException(string ledger, string problem, long? sequenceNumber = null, Exception? innerException = null)
        : base(sequenceNumber is { } sequence
            ? $"The consent ledger '{ledger}' is corrupt at record #{sequence}: {problem}"
            : $"'{ledger}' cannot be used as a consent ledger: {problem}", innerException)
    {
        Ledger = ledger;
        Problem = problem;
        SequenceNumber = sequenceNumber;
    }

    /// <summary>The ledger that cannot be used, as <c>database/schema</c>.</summary>
    public string Ledger { get; }

    /// <summary>What is wrong, without the ledger's name.</summary>
    public string Problem { get; }

    /// <summary>The sequence number of the damaged record, or <see langword="null"/> when the schema as a whole is at fault.</summary>
    public long? SequenceNumber { get; }
}
