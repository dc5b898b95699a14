using System;
using System.Threading;
using BiometricConsent.Consent;
using Microsoft.Extensions.Logging;

namespace BiometricConsent.PostgreSql;

/// <summary>Settings of a <see cref="PostgreSqlConsentLedger"/>. The defaults suit most applications.</summary>
public sealed class PostgreSqlConsentLedgerOptions
{
    private string schema = "biometric_consent";
    private TimeSpan refreshInterval = TimeSpan.FromMilliseconds(500);
    private int maxBatchSize = 1024;

    /// <summary>
    /// The PostgreSQL schema that holds the ledger's tables; created on first open when missing. Default
    /// <c>biometric_consent</c>. Every instance of one ledger must name the same schema; one database can hold
    /// several ledgers in different schemas.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not a lower-case identifier of 1 to 50 letters, digits and underscores starting with a letter or underscore.</exception>
    public string Schema
    {
        get => schema;
        set => schema = IsIdentifier(value)
            ? value
            : throw new ArgumentException($"'{value}' is not a schema name the ledger accepts: 1 to 50 lower-case letters, digits and underscores, starting with a letter or underscore.", nameof(value));
    }

    /// <summary>
    /// How often the read cache looks for records appended by other instances even without a notification: the bound
    /// on how stale <see cref="PostgreSqlConsentLedger.GetState"/> can be about other writers when a notification is lost
    /// (the listening connection dropped). Notifications (<c>LISTEN</c>/<c>NOTIFY</c>) normally bring other instances'
    /// records within milliseconds. Default 500 milliseconds; at least 1 millisecond, at most one day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is under 1 millisecond or over one day.</exception>
    public TimeSpan RefreshInterval
    {
        get => refreshInterval;
        set => refreshInterval = value >= TimeSpan.FromMilliseconds(1) && value <= TimeSpan.FromDays(1)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "RefreshInterval must be between 1 millisecond and 1 day.");
    }

    /// <summary>
    /// The most events written in one transaction when concurrent appends of this instance are grouped (group commit).
    /// An append of more events than this is still written whole, alone. Default 1024.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxBatchSize
    {
        get => maxBatchSize;
        set => maxBatchSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxBatchSize must be at least 1.");
    }

    /// <summary>
    /// Whether the ledger keeps a connection listening for other instances' appends (<c>LISTEN</c>), so that their
    /// withdrawals reach this instance's read cache within milliseconds rather than within
    /// <see cref="RefreshInterval"/>. Default <see langword="true"/>; turn it off where the connection pooler does not
    /// support <c>LISTEN</c> (PgBouncer in transaction mode), accepting the polling bound.
    /// </summary>
    public bool ListenForChanges { get; set; } = true;

    /// <summary>
    /// Where the ledger logs opening, verification results, failed appends and lost notifications (see
    /// docs/postgresql-ledger.md for the events); nowhere when <see langword="null"/>, the default.
    /// <c>AddPostgreSqlConsentLedger</c> sets it from the container's <see cref="ILoggerFactory"/> when there is one.
    /// </summary>
    public ILogger<PostgreSqlConsentLedger>? Logger { get; set; }

    /// <summary>
    /// The application key that protects personal data, as in the SQLite ledger (docs/postgresql-ledger.md, "Personal
    /// data"): subjects must be pseudonyms from its <see cref="ConsentDataProtection.SubjectKeyer"/> (unless
    /// <see cref="AllowPlainSubjectIds"/>), the personal fields of each subject's records (a guardian's identity and
    /// relationship, the birth date, a withdrawal's note) are encrypted under a per-subject key wrapped by it and kept
    /// in <c>subject_keys</c>, and recording a <see cref="BiometricDataDeleted"/> deletes the subject's keys
    /// (crypto-shredding) while the checksum chain still verifies. A ledger once opened with a key opens only with the
    /// same key. <see langword="null"/>, the default, stores everything in clear: <c>AddPostgreSqlConsentLedger</c>
    /// refuses it unless <see cref="AllowUnprotectedPersonalData"/> is set; production ledgers should set a key.
    /// </summary>
    public ConsentDataProtection? Protection { get; set; }

    /// <summary>
    /// Lets a ledger with <see cref="Protection"/> record subjects that are not pseudonyms (<c>ps1:</c> values from
    /// <see cref="SubjectKeyer.Pseudonymise"/>). Such identifiers are stored in clear and survive erasure; only their
    /// records' personal fields are shredded. Default <see langword="false"/>: an append naming a plain subject fails.
    /// </summary>
    public bool AllowPlainSubjectIds { get; set; }

    /// <summary>
    /// Lets <c>AddPostgreSqlConsentLedger</c> register a ledger without <see cref="Protection"/>, storing subject identifiers, birth
    /// dates, guardian identities and notes in clear and keeping them after <see cref="BiometricDataDeleted"/>. Default
    /// <see langword="false"/>: registration without <see cref="Protection"/> throws an
    /// <see cref="InvalidOperationException"/>. No effect when <see cref="Protection"/> is set, and none on
    /// <c>Open</c>/<c>OpenAsync</c>, which still accept a ledger without a key (see docs/postgresql-ledger.md, "Personal data").
    /// </summary>
    // An explicit opt-out rather than a silent default: a clear-text ledger of face-data subjects is a decision a
    // reviewer should be able to find in the registration code, not something an omitted option causes.
    public bool AllowUnprotectedPersonalData { get; set; }

    internal PostgreSqlConsentLedgerOptions Clone() => (PostgreSqlConsentLedgerOptions)MemberwiseClone();

    private static bool IsIdentifier(string? value)
    {
        if (value is null || value.Length == 0 || value.Length > 50 || char.IsDigit(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }
}
