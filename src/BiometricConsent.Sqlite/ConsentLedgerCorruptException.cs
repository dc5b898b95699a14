using System;

namespace BiometricConsent.Sqlite;

/// <summary>
/// A database file cannot be used as a consent ledger: it is not a SQLite database, belongs to another
/// application, is damaged or truncated, holds a record whose checksum does not verify, or has a schema newer
/// than this version of the package understands.
/// </summary>
/// <remarks>
/// The ledger never repairs, resets or overwrites such a file: it is evidence. The message names the file and
/// what is wrong; restore the file from a backup or open it with the version of the package that wrote it.
/// </remarks>
public sealed class ConsentLedgerCorruptException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="databasePath">The file that cannot be used.</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    /// <param name="sequenceNumber">The sequence number of the damaged record, when one is to blame.</param>
    /// <param name="innerException">The error that revealed the problem, if any.</param>
    public ConsentLedgerCorruptException(string databasePath, string problem, long? sequenceNumber = null, Exception? innerException = null)
        : base(FormatMessage(databasePath, problem, sequenceNumber), innerException)
    {
        DatabasePath = databasePath;
        Problem = problem;
        SequenceNumber = sequenceNumber;
    }

    /// <summary>The file that cannot be used.</summary>
    public string DatabasePath { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; }

    /// <summary>The sequence number of the damaged record, or <see langword="null"/> when the file as a whole is at fault.</summary>
    public long? SequenceNumber { get; }

    private static string FormatMessage(string databasePath, string problem, long? sequenceNumber) => sequenceNumber is { } sequence
        ? $"The consent ledger '{databasePath}' is corrupt at record #{sequence}: {problem}"
        : $"'{databasePath}' cannot be opened as a consent ledger: {problem}";
}
