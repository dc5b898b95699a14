using System;
using Microsoft.Extensions.Logging;

namespace BiometricConsent.PostgreSql.Logging;

/// <summary>
/// The log messages of <see cref="PostgreSqlConsentLedger"/>, generated as cached <see cref="LoggerMessage"/> delegates.
/// The event ids are stable and documented in docs/postgresql-ledger.md (300–399 for this package).
/// </summary>
internal static partial class PostgreSqlLedgerLog
{
    [LoggerMessage(EventId = 300, EventName = "LedgerOpened", Level = LogLevel.Information,
        Message = "Opened consent ledger {Ledger} (schema version {SchemaVersion}): verified the checksum chain of {Records} records of {Subjects} subjects; {ElapsedMs} ms")]
    internal static partial void Opened(ILogger logger, string ledger, int schemaVersion, long records, int subjects, long elapsedMs);

    [LoggerMessage(EventId = 301, EventName = "LedgerSchemaCreated", Level = LogLevel.Information,
        Message = "Created the schema (version {SchemaVersion}) of the new consent ledger {Ledger}")]
    internal static partial void SchemaCreated(ILogger logger, int schemaVersion, string ledger);

    [LoggerMessage(EventId = 302, EventName = "LedgerSchemaMigrated", Level = LogLevel.Information,
        Message = "Migrated consent ledger {Ledger} from schema version {FromVersion} to {ToVersion}")]
    internal static partial void SchemaMigrated(ILogger logger, string ledger, int fromVersion, int toVersion);

    [LoggerMessage(EventId = 312, EventName = "AppendFailed", Level = LogLevel.Error,
        Message = "An append to consent ledger {Ledger} of {Events} events failed; the transaction was rolled back and nothing was acknowledged")]
    internal static partial void AppendFailed(ILogger logger, string ledger, int events, Exception exception);

    [LoggerMessage(EventId = 313, EventName = "RefreshFailed", Level = LogLevel.Error,
        Message = "Refreshing the read cache of consent ledger {Ledger} failed; the cache keeps every record verified so far, and the next append or asynchronous read reports the error")]
    internal static partial void RefreshFailed(ILogger logger, string ledger, Exception exception);

    [LoggerMessage(EventId = 314, EventName = "ListenFailed", Level = LogLevel.Warning,
        Message = "The connection listening for other instances' appends to consent ledger {Ledger} failed; reconnecting in {RetryMs} ms, and polling every {RefreshMs} ms meanwhile")]
    internal static partial void ListenFailed(ILogger logger, string ledger, long retryMs, long refreshMs, Exception exception);

    [LoggerMessage(EventId = 320, EventName = "OtherWritersRead", Level = LogLevel.Debug,
        Message = "Read records #{From} to #{To} appended to consent ledger {Ledger} by other instances into the read cache")]
    internal static partial void OtherWritersRead(ILogger logger, string ledger, long from, long to);

    [LoggerMessage(EventId = 321, EventName = "ExportVerified", Level = LogLevel.Information,
        Message = "Read and verified all {Records} records of consent ledger {Ledger} for export")]
    internal static partial void ExportVerified(ILogger logger, string ledger, long records);

    [LoggerMessage(EventId = 322, EventName = "VerificationFailed", Level = LogLevel.Error,
        Message = "Consent ledger {Ledger} failed verification at record #{SequenceNumber}: {Problem}")]
    internal static partial void VerificationFailed(ILogger logger, string ledger, long? sequenceNumber, string problem);
}
