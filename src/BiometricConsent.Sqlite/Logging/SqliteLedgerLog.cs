using System;
using BiometricConsent.Consent;
using Microsoft.Extensions.Logging;

namespace BiometricConsent.Sqlite.Logging;

/// <summary>
/// The log messages of <see cref="SqliteConsentLedger"/>, generated as cached <see cref="LoggerMessage"/> delegates.
/// The event ids are stable and documented in docs/sqlite-ledger.md (200–299 for this package).
/// </summary>
internal static partial class SqliteLedgerLog
{
    [LoggerMessage(EventId = 200, EventName = "LedgerOpened", Level = LogLevel.Information,
        Message = "Opened consent ledger {Path} (schema version {SchemaVersion}): verified the checksum chain of {Records} records of {Subjects} subjects; integrity check run: {IntegrityChecked}; {ElapsedMs} ms")]
    internal static partial void Opened(ILogger logger, string path, long schemaVersion, long records, int subjects, bool integrityChecked, long elapsedMs);

    [LoggerMessage(EventId = 201, EventName = "LedgerSchemaCreated", Level = LogLevel.Information,
        Message = "Created the schema (version {SchemaVersion}) of the new consent ledger {Path}")]
    internal static partial void SchemaCreated(ILogger logger, long schemaVersion, string path);

    [LoggerMessage(EventId = 202, EventName = "LedgerSchemaMigrated", Level = LogLevel.Information,
        Message = "Migrated consent ledger {Path} from schema version {FromVersion} to {ToVersion}")]
    internal static partial void SchemaMigrated(ILogger logger, string path, long fromVersion, long toVersion);

    [LoggerMessage(EventId = 210, EventName = "WriteAheadLogFound", Level = LogLevel.Information,
        Message = "Consent ledger {Path} has a write-ahead log of {WalBytes} bytes, left by a writer that is still running or that did not close the file (a crash); SQLite recovers every transaction committed in it")]
    internal static partial void WriteAheadLogFound(ILogger logger, string path, long walBytes);

    [LoggerMessage(EventId = 214, EventName = "FilePermissionsRestricted", Level = LogLevel.Warning,
        Message = "Consent ledger file {File} was readable or writable by other users (mode {OldMode}); changed its mode to {NewMode}, owner only")]
    internal static partial void FilePermissionsRestricted(ILogger logger, string file, string oldMode, string newMode);

    [LoggerMessage(EventId = 215, EventName = "FilePermissionsNotRestricted", Level = LogLevel.Warning,
        Message = "Consent ledger file {File} is readable or writable by other users (mode {OldMode}) and its mode could not be changed to {NewMode}; change it (chmod) as the file's owner")]
    internal static partial void FilePermissionsNotRestricted(ILogger logger, string file, string oldMode, string newMode, Exception exception);

    [LoggerMessage(EventId = 211, EventName = "AppendRetried", Level = LogLevel.Warning,
        Message = "An append transaction on consent ledger {Path} found the file locked (SQLite error {SqliteErrorCode}) beyond the busy timeout; nothing was committed; retrying (attempt {Attempt} of {Attempts})")]
    internal static partial void AppendRetried(ILogger logger, string path, int sqliteErrorCode, int attempt, int attempts);

    [LoggerMessage(EventId = 212, EventName = "AppendFailed", Level = LogLevel.Error,
        Message = "An append to consent ledger {Path} of {Events} events failed; the transaction was rolled back and nothing was acknowledged")]
    internal static partial void AppendFailed(ILogger logger, string path, int events, Exception exception);

    [LoggerMessage(EventId = 213, EventName = "RefreshFailed", Level = LogLevel.Error,
        Message = "Refreshing the read cache of consent ledger {Path} failed; the cache keeps every record verified so far, and the next append or asynchronous read reports the error")]
    internal static partial void RefreshFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 221, EventName = "ExportVerified", Level = LogLevel.Information,
        Message = "Exported consent ledger {Path}: verified the checksum chain of all {Records} records")]
    internal static partial void ExportVerified(ILogger logger, string path, long records);

    [LoggerMessage(EventId = 222, EventName = "OtherWritersRecordsRead", Level = LogLevel.Debug,
        Message = "Consent ledger {Path}: read and verified records #{FirstSequence} to #{LastSequence}, appended by other writers")]
    internal static partial void OtherWritersRead(ILogger logger, string path, long firstSequence, long lastSequence);

    /// <summary>Logs the creation (from version 0) or migration of the schema.</summary>
    internal static void SchemaChanged(ILogger logger, string path, long fromVersion, long toVersion)
    {
        if (fromVersion == 0)
        {
            SchemaCreated(logger, toVersion, path);
        }
        else
        {
            SchemaMigrated(logger, path, fromVersion, toVersion);
        }
    }

    /// <summary>Logs a damaged file or record; the exception goes with it.</summary>
    internal static void VerificationFailed(ILogger logger, ConsentLedgerCorruptException exception) =>
        VerificationFailed(
            logger,
            exception.Ledger,
            exception.SequenceNumber is { } sequence ? $"record #{sequence}: {exception.Problem}" : exception.Problem,
            exception);

    internal static void SlowAppend(ILogger logger, string path, TimeSpan elapsed, TimeSpan threshold, TimeSpan queued, TimeSpan commit, int events) =>
        SlowAppend(logger, path, (long)elapsed.TotalMilliseconds, (long)threshold.TotalMilliseconds, (long)queued.TotalMilliseconds, (long)commit.TotalMilliseconds, events);

    [LoggerMessage(EventId = 220, EventName = "VerificationFailed", Level = LogLevel.Error,
        Message = "Consent ledger {Path} failed verification: {Problem}")]
    private static partial void VerificationFailed(ILogger logger, string path, string problem, Exception exception);

    [LoggerMessage(EventId = 230, EventName = "SlowAppend", Level = LogLevel.Warning,
        Message = "An append to consent ledger {Path} took {ElapsedMs} ms, over the {ThresholdMs} ms threshold: {QueuedMs} ms queued, then {CommitMs} ms to commit a transaction of {Events} events")]
    private static partial void SlowAppend(ILogger logger, string path, long elapsedMs, long thresholdMs, long queuedMs, long commitMs, int events);
}
