using System;
using System.Threading;
using BiometricConsent.Consent;
using Microsoft.Extensions.Logging;

namespace BiometricConsent.Sqlite;

/// <summary>Settings of a <see cref="SqliteConsentLedger"/>. The defaults suit most applications.</summary>
public sealed class SqliteConsentLedgerOptions
{
    private TimeSpan busyTimeout = TimeSpan.FromSeconds(30);
    private TimeSpan refreshInterval = TimeSpan.FromMilliseconds(100);
    private int maxBatchSize = 1024;
    private TimeSpan slowAppendThreshold = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a write or read waits for another process's lock on the file before failing with a
    /// <see cref="Microsoft.Data.Sqlite.SqliteException"/> (SQLITE_BUSY). Default 30 seconds; at least 1 millisecond.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is under 1 millisecond or over one day.</exception>
    public TimeSpan BusyTimeout
    {
        get => busyTimeout;
        set => busyTimeout = value >= TimeSpan.FromMilliseconds(1) && value <= TimeSpan.FromDays(1)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "BusyTimeout must be between 1 millisecond and 1 day.");
    }

    /// <summary>
    /// How often the ledger looks for records appended by other processes (or other ledger instances on the same
    /// file) and folds them into its read cache: the bound on how stale <see cref="SqliteConsentLedger.GetState"/> can
    /// be about other writers. Default 100 milliseconds. <see cref="Timeout.InfiniteTimeSpan"/> turns polling off, for a
    /// ledger that is the file's only writer; <see cref="SqliteConsentLedger.RefreshAsync"/> and the asynchronous reads
    /// still catch up.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is under 1 millisecond (and not infinite) or over one day.</exception>
    public TimeSpan RefreshInterval
    {
        get => refreshInterval;
        set => refreshInterval = value == Timeout.InfiniteTimeSpan || (value >= TimeSpan.FromMilliseconds(1) && value <= TimeSpan.FromDays(1))
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "RefreshInterval must be between 1 millisecond and 1 day, or Timeout.InfiniteTimeSpan.");
    }

    /// <summary>
    /// The most events written in one transaction when concurrent appends are grouped (group commit). An append of
    /// more events than this is still written whole, alone. Default 1024.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxBatchSize
    {
        get => maxBatchSize;
        set => maxBatchSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxBatchSize must be at least 1.");
    }

    /// <summary>
    /// Whether opening runs SQLite's <c>PRAGMA quick_check</c>, which reads the whole file and finds damage such as
    /// truncation in pages that the ledger would otherwise only touch later. Default <see langword="true"/>; the
    /// checksum chain of every record is verified on open either way.
    /// </summary>
    public bool CheckIntegrityOnOpen { get; set; } = true;

    /// <summary>
    /// How long an append may take, from the <see cref="SqliteConsentLedger.AppendAsync"/> call until it is durable,
    /// before it is logged as slow (event 230 <c>SlowAppend</c>, level Warning, once per group-commit transaction).
    /// Default 1 second; <see cref="Timeout.InfiniteTimeSpan"/> turns the warning off.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative (and not infinite) or over one day.</exception>
    public TimeSpan SlowAppendThreshold
    {
        get => slowAppendThreshold;
        set => slowAppendThreshold = value == Timeout.InfiniteTimeSpan || (value >= TimeSpan.Zero && value <= TimeSpan.FromDays(1))
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "SlowAppendThreshold must be between zero and 1 day, or Timeout.InfiniteTimeSpan.");
    }

    /// <summary>
    /// Where the ledger logs opening, schema changes, recovery, verification results, failed and slow appends (see
    /// docs/sqlite-ledger.md for the events); nowhere when <see langword="null"/>, the default.
    /// <c>AddSqliteConsentLedger</c> sets it from the container's <see cref="ILoggerFactory"/> when there is one.
    /// </summary>
    public ILogger<SqliteConsentLedger>? Logger { get; set; }

    /// <summary>
    /// The application key that protects personal data (see docs/sqlite-ledger.md, "Personal data"): subjects must be
    /// pseudonyms from its <see cref="ConsentDataProtection.SubjectKeyer"/> (unless <see cref="AllowPlainSubjectIds"/>),
    /// the personal fields of each subject's records (a guardian's identity and relationship, the birth date, a
    /// withdrawal's note) are encrypted under a per-subject key wrapped by it, and recording a
    /// <see cref="BiometricDataDeleted"/> destroys the subject's keys (crypto-shredding). A file once opened with a key
    /// opens only with the same key. <see langword="null"/>, the default, stores everything in clear, as schema
    /// version 2 did: <c>AddSqliteConsentLedger</c> refuses it unless <see cref="AllowUnprotectedPersonalData"/> is
    /// set; production ledgers should set a key.
    /// </summary>
    public ConsentDataProtection? Protection { get; set; }

    /// <summary>
    /// Lets a ledger with <see cref="Protection"/> record subjects that are not pseudonyms (<c>ps1:</c> values from
    /// <see cref="SubjectKeyer.Pseudonymise"/>). Such identifiers are stored in clear and survive erasure; only their
    /// records' personal fields are shredded. Default <see langword="false"/>: an append naming a plain subject fails.
    /// </summary>
    public bool AllowPlainSubjectIds { get; set; }

    /// <summary>
    /// Lets <c>AddSqliteConsentLedger</c> register a ledger without <see cref="Protection"/>, storing subject identifiers, birth
    /// dates, guardian identities and notes in clear and keeping them after <see cref="BiometricDataDeleted"/>. Default
    /// <see langword="false"/>: registration without <see cref="Protection"/> throws an
    /// <see cref="InvalidOperationException"/>. No effect when <see cref="Protection"/> is set, and none on
    /// <c>Open</c>/<c>OpenAsync</c>, which still accept a ledger without a key (see docs/sqlite-ledger.md, "Personal data").
    /// </summary>
    // An explicit opt-out rather than a silent default: a clear-text ledger of face-data subjects is a decision a
    // reviewer should be able to find in the registration code, not something an omitted option causes.
    public bool AllowUnprotectedPersonalData { get; set; }

    internal SqliteConsentLedgerOptions Clone() => (SqliteConsentLedgerOptions)MemberwiseClone();
}
