using System;

namespace BiometricConsent.Consent;

/// <summary>
/// A durable ledger's storage cannot be used as a consent ledger: a SQLite file that is not a SQLite database, belongs
/// to another application or is damaged; a PostgreSQL schema of another application or without its append-only
/// trigger; a schema version newer than the package understands; a record whose checksum does not verify; or records
/// missing, found by the checksum chain or by verification against a <see cref="LedgerAnchor"/>.
/// </summary>
/// <remarks>
/// A ledger never repairs, resets or overwrites such storage: it is evidence. The message names the ledger and what is
/// wrong; restore it from a backup or open it with the version of the package that wrote it.
/// </remarks>
public sealed class ConsentLedgerCorruptException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ledger">The ledger that cannot be used: the full path of a SQLite file, or <c>database/schema</c> in PostgreSQL.</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    /// <param name="sequenceNumber">The sequence number of the damaged record, when one is to blame.</param>
    /// <param name="innerException">The error that revealed the problem, if any.</param>
    public ConsentLedgerCorruptException(string ledger, string problem, long? sequenceNumber = null, Exception? innerException = null)
        : base(FormatMessage(ledger, problem, sequenceNumber), innerException)
    {
        Ledger = ledger;
        Problem = problem;
        SequenceNumber = sequenceNumber;
    }

    /// <summary>The ledger that cannot be used: the full path of a SQLite file, or <c>database/schema</c> in PostgreSQL.</summary>
    public string Ledger { get; }

    /// <summary>What is wrong, without the ledger's name.</summary>
    public string Problem { get; }

    /// <summary>The sequence number of the damaged record, or <see langword="null"/> when the storage as a whole is at fault.</summary>
    public long? SequenceNumber { get; }

    private static string FormatMessage(string ledger, string problem, long? sequenceNumber) => sequenceNumber is { } sequence
        ? $"The consent ledger '{ledger}' is corrupt at record #{sequence}: {problem}"
        : $"'{ledger}' cannot be used as a consent ledger: {problem}";
}
