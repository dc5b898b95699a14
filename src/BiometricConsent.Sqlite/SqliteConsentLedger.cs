using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite.Logging;
using BiometricConsent.Sqlite.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace BiometricConsent.Sqlite;

/// <summary>
/// A durable <see cref="IConsentLedger"/> in a SQLite file: append-only, checksummed, safe for concurrent writers in
/// one process and across processes, with every subject's current state cached in memory for consent checks.
/// </summary>
/// <remarks>
/// <para>
/// An append is acknowledged (its task completes) only after the transaction holding it has committed with
/// <c>journal_mode=WAL</c> and <c>synchronous=FULL</c>, that is after the write-ahead log has been synced to
/// storage: an acknowledged record survives a crash of the process or the machine. Concurrent appends are queued and
/// written by a single writer in one transaction (group commit), so they share one sync.
/// </para>
/// <para>
/// The read cache holds every subject's <see cref="SubjectConsentState"/>, loaded and verified on open. It reflects
/// this instance's appends as soon as they are acknowledged. Records appended by other processes, or other instances
/// on the same file, are picked up every <see cref="SqliteConsentLedgerOptions.RefreshInterval"/>, before every
/// append of this instance, and by <see cref="RefreshAsync"/> and the asynchronous reads
/// (<see cref="GetStateAsync"/>, <see cref="ReadSubjectAsync"/>, <see cref="GetPendingDeletionsAsync"/>), which
/// always catch up first. <see cref="GetState"/>, on the hot path of <see cref="ConsentGate.HasConsent"/>, answers
/// from the cache alone.
/// </para>
/// <para>
/// Dispose the ledger to finish queued appends and close the file. See docs/sqlite-ledger.md for the schema and the
/// guarantees in full, and for the events logged through <see cref="SqliteConsentLedgerOptions.Logger"/>.
/// </para>
/// </remarks>
public sealed class SqliteConsentLedger : IConsentLedger, IDisposable, IAsyncDisposable
{
    private const int WriteAttempts = 3;

    private readonly IClock clock;
    private readonly SqliteConsentLedgerOptions options;
    private readonly string connectionString;
    private readonly ILogger logger;

    // The database connection, the cache's writes and dataVersion are guarded by `gate`; the cache is read without it.
    private readonly SemaphoreSlim gate = new SemaphoreSlim(1, 1);
    private readonly LedgerDatabase database;
    private readonly LedgerCache cache = new LedgerCache();
    private readonly GroupCommitQueue queue;
    private long dataVersion;
    private bool closed;

    private readonly Timer? refreshTimer;
    private long committedTransactions;

    private SqliteConsentLedger(LedgerDatabase database, string connectionString, IClock clock, SqliteConsentLedgerOptions options)
    {
        this.database = database;
        this.connectionString = connectionString;
        this.clock = clock;
        this.options = options;
        logger = LoggerOf(options);
        queue = new GroupCommitQueue(nameof(SqliteConsentLedger), options.MaxBatchSize, batch =>
        {
            WriteBatch(batch);
            return Task.CompletedTask;
        });
        if (options.RefreshInterval != Timeout.InfiniteTimeSpan)
        {
            refreshTimer = new Timer(static s => ((SqliteConsentLedger)s!).RefreshFromTimer(), this, options.RefreshInterval, options.RefreshInterval);
        }
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath => database.Path;

    /// <summary>The sequence number of the last record in the read cache; 0 when the ledger is empty.</summary>
    public long LastSequenceNumber => Head.SequenceNumber;

    /// <summary>
    /// The head of the checksum chain in the read cache: the last record's sequence number and checksum. Keep it
    /// outside the ledger's file and check the file against it later with <see cref="VerifyAgainstAsync"/>; call
    /// <see cref="RefreshAsync"/> first to include other writers' records.
    /// </summary>
    public LedgerAnchor Head => cache.Head;

    /// <summary>The number of append transactions this instance has committed: fewer than its appends when group commit batches them.</summary>
    internal long CommittedTransactions => Volatile.Read(ref committedTransactions);

    /// <summary>
    /// Opens the ledger in a file, creating the file and its schema if they do not exist, and loads and verifies
    /// every record. Runs on the thread pool.
    /// </summary>
    /// <param name="path">The database file; its directory must exist.</param>
    /// <param name="clock">The clock that stamps <see cref="ConsentLedgerEntry.RecordedAt"/>.</param>
    /// <param name="options">Settings; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the open before it starts.</param>
    /// <returns>The open ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank or names an in-memory database.</exception>
    /// <exception cref="ConsentLedgerCorruptException">The file is not a consent ledger this version can use, or a record is damaged.</exception>
    /// <exception cref="SqliteException">The file cannot be opened or created (for example, a missing directory or no permission).</exception>
    public static Task<SqliteConsentLedger> OpenAsync(string path, IClock clock, SqliteConsentLedgerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = BuilderForPath(path);
        return Task.Run(() => OpenCore(builder, clock, options, nameof(path)), cancellationToken);
    }

    /// <summary>Opens the ledger described by a connection string; see <see cref="OpenAsync(string, IClock, SqliteConsentLedgerOptions, CancellationToken)"/>.</summary>
    /// <param name="connectionString">
    /// The connection: <c>Data Source</c> names a file; <c>Mode</c> must be <c>ReadWriteCreate</c> (the default) or
    /// <c>ReadWrite</c>. The ledger turns pooling off and sets the default timeout to <see cref="SqliteConsentLedgerOptions.BusyTimeout"/>.
    /// </param>
    /// <param name="clock">The clock that stamps <see cref="ConsentLedgerEntry.RecordedAt"/>.</param>
    /// <param name="options">Settings; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the open before it starts.</param>
    /// <returns>The open ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connectionString"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">The connection string names no file, an in-memory database, or a read-only mode.</exception>
    /// <exception cref="ConsentLedgerCorruptException">The file is not a consent ledger this version can use, or a record is damaged.</exception>
    /// <exception cref="SqliteException">The file cannot be opened or created.</exception>
    public static Task<SqliteConsentLedger> OpenAsync(SqliteConnectionStringBuilder connectionString, IClock clock, SqliteConsentLedgerOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(connectionString, nameof(connectionString));

        var builder = new SqliteConnectionStringBuilder(connectionString.ConnectionString);
        return Task.Run(() => OpenCore(builder, clock, options, nameof(connectionString)), cancellationToken);
    }

    /// <summary>Opens the ledger in a file synchronously, for dependency-injection factories; see <see cref="OpenAsync(string, IClock, SqliteConsentLedgerOptions, CancellationToken)"/>.</summary>
    /// <param name="path">The database file; its directory must exist.</param>
    /// <param name="clock">The clock that stamps <see cref="ConsentLedgerEntry.RecordedAt"/>.</param>
    /// <param name="options">Settings; the defaults when null.</param>
    /// <returns>The open ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank or names an in-memory database.</exception>
    /// <exception cref="ConsentLedgerCorruptException">The file is not a consent ledger this version can use, or a record is damaged.</exception>
    /// <exception cref="SqliteException">The file cannot be opened or created.</exception>
    public static SqliteConsentLedger Open(string path, IClock clock, SqliteConsentLedgerOptions? options = null) =>
        OpenCore(BuilderForPath(path), clock, options, nameof(path));

    /// <inheritdoc />
    /// <exception cref="ArgumentException">An event's time zone is unknown to the TZDB and BCL providers, so the record could not be read back.</exception>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">A record appended by another writer is damaged; nothing was appended.</exception>
    /// <exception cref="SqliteException">The write failed, for example because another process held the file locked for longer than <see cref="SqliteConsentLedgerOptions.BusyTimeout"/>; nothing was acknowledged.</exception>
    public ValueTask<IReadOnlyList<ConsentLedgerEntry>> AppendAsync(IReadOnlyList<ConsentEvent> events, CancellationToken cancellationToken = default)
    {
        LedgerArguments.ValidateEvents(events, nameof(events));
        SubjectKeyRing.CheckPseudonyms(events, options.Protection, options.AllowPlainSubjectIds, nameof(SqliteConsentLedgerOptions));
        return queue.Append(events, cache.RecordedWith, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Answers from the read cache: see the class remarks for how stale it can be about other writers.</remarks>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    public SubjectConsentState? GetState(SubjectId subject)
    {
        Preconditions.CheckArgument(!subject.IsDefault, nameof(subject), "The default SubjectId identifies no subject.");

        if (closed)
        {
            throw new ObjectDisposedException(nameof(SqliteConsentLedger));
        }

        return cache.Find(subject);
    }

    /// <inheritdoc />
    /// <remarks>Catches up with other writers first, so the state reflects every record committed before the call.</remarks>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">A record appended by another writer is damaged.</exception>
    public async ValueTask<SubjectConsentState?> GetStateAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(!subject.IsDefault, nameof(subject), "The default SubjectId identifies no subject.");

        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        return GetState(subject);
    }

    /// <inheritdoc />
    /// <remarks>Catches up with other writers first, then answers from the read cache.</remarks>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">A record appended by another writer is damaged.</exception>
    public async ValueTask<IReadOnlyList<ConsentLedgerEntry>> ReadSubjectAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        var state = await GetStateAsync(subject, cancellationToken).ConfigureAwait(false);
        return state is null ? Array.Empty<ConsentLedgerEntry>() : state.Entries;
    }

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">A record appended by another writer is damaged.</exception>
    public async ValueTask<IReadOnlyList<PendingDeletion>> GetPendingDeletionsAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            RefreshLocked();
            return cache.PendingDeletions();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Reads the file itself through a separate connection, from one consistent snapshot, and verifies every record's
    /// checksum as it goes: an export is evidence that the stored records are intact.
    /// </remarks>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">A record is damaged; the enumeration stops there.</exception>
    public async IAsyncEnumerable<ConsentLedgerEntry> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (closed)
        {
            throw new ObjectDisposedException(nameof(SqliteConsentLedger));
        }

        var reader = await Task.Run(() => Verified(logger, () => LedgerDatabase.OpenForReading(connectionString, DatabasePath, options)), cancellationToken).ConfigureAwait(false);
        using (reader)
        {
            long records = 0;
            using var entries = reader.ReadVerified(new ChainCursor()).GetEnumerator();
            while (MoveNextVerified(entries))
            {
                cancellationToken.ThrowIfCancellationRequested();
                records++;
                yield return entries.Current;
            }

            SqliteLedgerLog.ExportVerified(logger, DatabasePath, records);
        }
    }

    /// <summary>
    /// Checks the file against an anchor taken earlier from <see cref="Head"/>: reads and verifies the whole checksum
    /// chain through its own connection, from one snapshot, and checks that the anchored record is still there with
    /// the anchored checksum. This detects the loss of the newest records up to the anchor — deleted, an older copy of
    /// the file restored, or the write-ahead log lost after a crash — which the chain alone cannot show, and any
    /// rewriting of the records up to the anchor, even with the chain recomputed.
    /// </summary>
    /// <param name="anchor">An anchor of this ledger, kept outside its file.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>The file's current head, to keep as the next anchor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="anchor"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">
    /// The file ends before the anchored record, the anchored record's checksum differs, or a record is damaged;
    /// <see cref="ConsentLedgerCorruptException.SequenceNumber"/> names the first record concerned.
    /// </exception>
    public Task<LedgerAnchor> VerifyAgainstAsync(LedgerAnchor anchor, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(anchor, nameof(anchor));

        if (closed)
        {
            throw new ObjectDisposedException(nameof(SqliteConsentLedger));
        }

        return Task.Run(() => Verified(logger, () => VerifyAgainst(anchor, cancellationToken)), cancellationToken);
    }

    /// <summary>
    /// Folds records appended by other processes or instances since the last look into the read cache. The cache
    /// does this on its own every <see cref="SqliteConsentLedgerOptions.RefreshInterval"/>; call this to see them at once.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait for the connection.</param>
    /// <returns>A task that completes when the cache has caught up.</returns>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">A record appended by another writer is damaged.</exception>
    public async ValueTask RefreshAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            RefreshLocked();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Waits for queued appends to finish, then closes the file. Appends after this fail.</summary>
    /// <returns>A task that completes when the file is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (!queue.TryClose(out var draining))
        {
            return;
        }

        refreshTimer?.Dispose();
        if (draining is not null)
        {
            await draining.ConfigureAwait(false);
        }

        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            closed = true;
            database.Dispose();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Waits for queued appends to finish, then closes the file. Appends after this fail.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private LedgerAnchor VerifyAgainst(LedgerAnchor anchor, CancellationToken cancellationToken)
    {
        using var reader = LedgerDatabase.OpenForReading(connectionString, DatabasePath, options);
        var chain = new ChainCursor();
        var anchored = anchor.SequenceNumber == 0 ? chain.Checksum : null;
        foreach (var unused in reader.ReadVerified(chain))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (chain.Sequence == anchor.SequenceNumber)
            {
                anchored = chain.Checksum;
            }
        }

        anchor.CheckChain(DatabasePath, chain.Sequence, anchored, "the newest records were deleted, an older copy of the file was restored, or the write-ahead log was lost");
        return new LedgerAnchor(chain.Sequence, chain.Checksum);
    }

    private static SqliteConnectionStringBuilder BuilderForPath(string path)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        Preconditions.CheckArgument(path.Trim().Length != 0, nameof(path), "The database path must not be empty or white space.");

        return new SqliteConnectionStringBuilder { DataSource = path };
    }

    private static SqliteConsentLedger OpenCore(SqliteConnectionStringBuilder builder, IClock clock, SqliteConsentLedgerOptions? options, string paramName)
    {
        Preconditions.CheckNotNull(clock, nameof(clock));

        var settings = (options ?? new SqliteConsentLedgerOptions()).Clone();
        var dataSource = builder.DataSource;
        if (dataSource.Trim().Length == 0 || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            throw new ArgumentException($"A consent ledger needs a database file; '{dataSource}' is {(dataSource.Trim().Length == 0 ? "empty" : "in memory")}.", paramName);
        }

        Preconditions.CheckArgument(builder.Mode != SqliteOpenMode.ReadOnly, paramName, "A consent ledger appends records: Mode=ReadOnly is not supported.");

        builder.Pooling = false;
        builder.DefaultTimeout = (int)Math.Ceiling(settings.BusyTimeout.TotalSeconds);
        var isUri = dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        var fullPath = isUri ? dataSource : Path.GetFullPath(dataSource);
        var logger = LoggerOf(settings);
        var stopwatch = Stopwatch.StartNew();
        if (!isUri)
        {
            LogWriteAheadLog(logger, fullPath);
            LedgerFiles.CreateOwnerOnly(fullPath);
            LogRestrictedFiles(logger, LedgerFiles.RestrictToOwner(fullPath));
        }

        var database = Verified(logger, () => LedgerDatabase.OpenForWriting(builder.ConnectionString, fullPath, settings));
        if (database.MigratedFrom is { } from)
        {
            SqliteLedgerLog.SchemaChanged(logger, fullPath, from, LedgerSchema.CurrentVersion);
        }

        var ledger = new SqliteConsentLedger(database, builder.ConnectionString, clock, settings);
        try
        {
            ledger.gate.Wait();
            try
            {
                // Read the version before loading: a commit that lands during the load changes it, so the next refresh sees it.
                ledger.dataVersion = database.ReadDataVersion();
                ledger.LoadLocked();
            }
            finally
            {
                ledger.gate.Release();
            }
        }
        catch
        {
            ledger.Dispose();
            throw;
        }

        SqliteLedgerLog.Opened(logger, fullPath, LedgerSchema.CurrentVersion, ledger.LastSequenceNumber, ledger.cache.SubjectCount, settings.CheckIntegrityOnOpen, stopwatch.ElapsedMilliseconds);
        return ledger;
    }

    private static ILogger LoggerOf(SqliteConsentLedgerOptions options) => (ILogger?)options.Logger ?? NullLogger.Instance;

    /// <summary>
    /// Logs a write-ahead log found before opening: SQLite deletes it when the last connection closes, so one that is
    /// there belongs to a writer still running or to one that crashed, whose committed transactions SQLite recovers.
    /// </summary>
    private static void LogWriteAheadLog(ILogger logger, string path)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var wal = new FileInfo(path + "-wal");
            if (wal.Exists && wal.Length > 0)
            {
                SqliteLedgerLog.WriteAheadLogFound(logger, path, wal.Length);
            }
        }
    }

    private static void LogRestrictedFiles(ILogger logger, List<(string File, string OldMode, string NewMode, Exception? Error)> files)
    {
        foreach (var (file, oldMode, newMode, error) in files)
        {
            if (error is null)
            {
                SqliteLedgerLog.FilePermissionsRestricted(logger, file, oldMode, newMode);
            }
            else
            {
                SqliteLedgerLog.FilePermissionsNotRestricted(logger, file, oldMode, newMode, error);
            }
        }
    }

    /// <summary>Runs an operation that verifies the file, logging a <see cref="ConsentLedgerCorruptException"/> on its way out.</summary>
    private static T Verified<T>(ILogger logger, Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (ConsentLedgerCorruptException e)
        {
            SqliteLedgerLog.VerificationFailed(logger, e);
            throw;
        }
    }

    /// <summary>Advances over verified records, logging a <see cref="ConsentLedgerCorruptException"/> on its way out.</summary>
    private bool MoveNextVerified(IEnumerator<ConsentLedgerEntry> records)
    {
        try
        {
            return records.MoveNext();
        }
        catch (ConsentLedgerCorruptException e)
        {
            SqliteLedgerLog.VerificationFailed(logger, e);
            throw;
        }
    }

    private void RefreshFromTimer()
    {
        // Skip when busy: a running write catches up itself, and the next tick comes soon.
        if (!gate.Wait(0))
        {
            return;
        }

        try
        {
            RefreshLocked();
        }
        catch (Exception e)
        {
            // A timer has no caller to tell but the log (damage is logged where it is found). The same error recurs,
            // and is thrown, on the next append, RefreshAsync or asynchronous read; meanwhile the cache keeps every
            // verified record.
            if (e is not ConsentLedgerCorruptException)
            {
                SqliteLedgerLog.RefreshFailed(logger, DatabasePath, e);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private void RefreshLocked()
    {
        if (closed)
        {
            throw new ObjectDisposedException(nameof(SqliteConsentLedger));
        }

        var version = database.ReadDataVersion();
        if (version != dataVersion)
        {
            dataVersion = version;
            CatchUpLocked();
        }
    }

    private void CatchUpLocked()
    {
        var cursor = cache.Cursor;
        var before = cursor.Sequence;
        using (var entries = database.ReadVerified(cursor).GetEnumerator())
        {
            while (MoveNextVerified(entries))
            {
                ApplyLocked(entries.Current, rebuildErased: true);
            }
        }

        cache.PublishHead();
        if (cursor.Sequence > before)
        {
            SqliteLedgerLog.OtherWritersRead(logger, DatabasePath, before + 1, cursor.Sequence);
        }
    }

    /// <summary>
    /// Loads every record on open: each subject's entries are gathered while a second thread checks the checksum
    /// chain (<see cref="LedgerDatabase.ReadAllVerified"/>), then every subject is folded at once
    /// (<see cref="SubjectConsentState.FromEntries"/>, which builds no intermediate state per record), the subjects in
    /// parallel. Nothing reaches the cache before every record is verified.
    /// </summary>
    private void LoadLocked()
    {
        var cursor = cache.Cursor;
        var histories = new Dictionary<SubjectId, List<ConsentLedgerEntry>>();
        var keyed = new List<ConsentLedgerEntry>();
        Verified(logger, () => database.ReadAllVerified(cursor, entry =>
        {
            if (entry.Event.IdempotencyKey is not null)
            {
                keyed.Add(entry);
            }

            if (!histories.TryGetValue(entry.Subject, out var history))
            {
                history = new List<ConsentLedgerEntry>();
                histories.Add(entry.Subject, history);
            }

            history.Add(entry);
        }));

        foreach (var entry in keyed)
        {
            cache.Remember(entry);
        }

        var subjects = new KeyValuePair<SubjectId, List<ConsentLedgerEntry>>[histories.Count];
        ((ICollection<KeyValuePair<SubjectId, List<ConsentLedgerEntry>>>)histories).CopyTo(subjects, 0);
        var states = new SubjectConsentState[subjects.Length];
        // Folding is pure, one subject at a time: the subjects are shared among the cores.
        try
        {
            Parallel.For(0, subjects.Length, i =>
            {
                var subject = subjects[i].Key;
                states[i] = cache.Find(subject) is { } existing ? FoldOnto(existing, subjects[i].Value) : SubjectConsentState.FromEntries(subject, subjects[i].Value);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // As the fold on one thread would have thrown it.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        foreach (var state in states)
        {
            cache.Publish(state);
        }

        cache.PublishHead();
    }

    private static SubjectConsentState FoldOnto(SubjectConsentState state, List<ConsentLedgerEntry> entries)
    {
        foreach (var entry in entries)
        {
            state = state.Apply(entry);
        }

        return state;
    }

    private void ApplyLocked(ConsentLedgerEntry entry, bool rebuildErased) =>
        cache.Apply(entry, entry.Event is BiometricDataDeleted && rebuildErased && database.Protector is { } protector ? Redacted(protector, entry) : null);

    /// <summary>
    /// The state of a subject just erased, rebuilt from its records as they now read: its keys are gone, so the
    /// history in the cache turns into the redacted form that a fresh open shows.
    /// </summary>
    private SubjectConsentState Redacted(SubjectKeyRing protector, ConsentLedgerEntry deletion)
    {
        // Another writer's erasure leaves this connection's cached keys stale.
        protector.ForgetAll();
        var history = database.ReadSubject(deletion.Subject, deletion.SequenceNumber);
        foreach (var entry in history)
        {
            cache.Remember(entry);
        }

        return SubjectConsentState.FromEntries(deletion.Subject, history);
    }

    private void WriteBatch(List<PendingAppend> batch)
    {
        ConsentLedgerEntry[][]? written = null;
        Exception? failure = null;
        var started = Stopwatch.GetTimestamp();
        gate.Wait();
        try
        {
            written = WriteWithRetry(batch);
        }
        catch (Exception e)
        {
            failure = e;
        }
        finally
        {
            gate.Release();
        }

        LogWritten(batch, started, failure);
        GroupCommitQueue.Complete(batch, written, failure);
    }

    private ConsentLedgerEntry[][] WriteWithRetry(List<PendingAppend> batch)
    {
        if (closed)
        {
            throw new ObjectDisposedException(nameof(SqliteConsentLedger));
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return WriteLocked(batch);
            }
            catch (SqliteException e) when (attempt < WriteAttempts && (e.SqliteErrorCode == 5 || e.SqliteErrorCode == 6))
            {
                // SQLITE_BUSY or SQLITE_LOCKED that outlasted the busy handler: nothing was committed; try again.
                SqliteLedgerLog.AppendRetried(logger, DatabasePath, e.SqliteErrorCode, attempt + 1, WriteAttempts);
                Thread.Sleep(10 * attempt);
            }
        }
    }

    /// <summary>Logs a failed group commit, or a slow one: the oldest append of the batch waited longest.</summary>
    private void LogWritten(List<PendingAppend> batch, long started, Exception? failure)
    {
        if (failure is not null)
        {
            SqliteLedgerLog.AppendFailed(logger, DatabasePath, GroupCommitQueue.CountEvents(batch), failure);
            return;
        }

        if (options.SlowAppendThreshold == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        var finished = Stopwatch.GetTimestamp();
        var elapsed = Elapsed(batch[0].QueuedAt, finished);
        if (elapsed > options.SlowAppendThreshold)
        {
            SqliteLedgerLog.SlowAppend(logger, DatabasePath, elapsed, options.SlowAppendThreshold, Elapsed(batch[0].QueuedAt, started), Elapsed(started, finished), GroupCommitQueue.CountEvents(batch));
        }
    }

    private static TimeSpan Elapsed(long from, long to) =>
        TimeSpan.FromTicks((long)((to - from) * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency)));

    private ConsentLedgerEntry[][] WriteLocked(List<PendingAppend> batch)
    {
        ConsentLedgerEntry[][] written;
        var added = new List<ConsentLedgerEntry>();
        var shredded = false;
        var cursor = cache.Cursor;
        byte[] checksum;
        database.BeginWrite();
        try
        {
            // Under the write lock, first take in what other writers committed, so that the cache stays a
            // prefix of the file and the new records continue the chain.
            CatchUpLocked();
            checksum = cursor.Checksum;
            // Truncated to ticks, the precision stored, so the acknowledged entry equals the one read back.
            var now = Instant.FromUnixTimeTicks(clock.GetCurrentInstant().ToUnixTimeTicks());
            var nowTicks = now.ToUnixTimeTicks();
            written = GroupCommitQueue.Assign(batch, cache.RecordedWith, cursor.Sequence, now, (append, j, sequence) =>
            {
                var e = append.Events[j];
                // Sealing needs the subject's key, which this transaction may create or has just destroyed.
                var payload = database.Protector is { } protector ? EventCodec.Encode(e, "events", protector) : append.Payloads[j];
                var record = new StoredRecord(sequence, nowTicks, e.Subject.Value, (long)e.Kind, e.OccurredAt.ToUnixTimeTicks(), payload, e.IdempotencyKey);
                checksum = database.Insert(record, checksum);
                if (e is BiometricDataDeleted && database.Protector is { } shredder)
                {
                    shredder.Shred(e.Subject);
                    shredded = true;
                }
            }, added);

            database.Commit();
        }
        catch
        {
            database.RollbackQuietly();
            // Keys created or destroyed in the rolled-back transaction are not in the file.
            database.Protector?.ForgetAll();
            throw;
        }

        // Durable from here on: publish to the cache before the appends are acknowledged.
        foreach (var entry in added)
        {
            ApplyLocked(entry, rebuildErased: true);
        }

        if (shredded)
        {
            // The destroyed keys' pages are overwritten in the file (secure_delete); move them out of the log too.
            database.CheckpointQuietly();
        }

        cursor.Advance(cursor.Sequence + added.Count, checksum);
        cache.PublishHead();
        Interlocked.Increment(ref committedTransactions);
        return written;
    }
}
