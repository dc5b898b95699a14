using System;
using System.Collections.Generic;
using System.Data;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.PostgreSql.Logging;
using BiometricConsent.PostgreSql.Storage;
using BiometricConsent.Sqlite.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Npgsql;

namespace BiometricConsent.PostgreSql;

/// <summary>
/// A durable <see cref="IConsentLedger"/> in a PostgreSQL database, for services with many instances: append-only
/// (enforced by a trigger and by the privileges of the role the application uses), hash-chained, with appends from
/// every instance serialised by a transaction-level advisory lock, and every subject's current state cached in memory
/// for consent checks.
/// </summary>
/// <remarks>
/// <para>
/// An append is acknowledged (its task completes) only after its transaction has committed with
/// <c>synchronous_commit = on</c>, that is after PostgreSQL has flushed the commit to its write-ahead log. Appends from
/// all instances take the same advisory lock (<c>pg_advisory_xact_lock</c>) before they read the head of the chain, so
/// sequence numbers and checksums form one chain and every subject's events are recorded in the order their appends
/// committed. Concurrent appends of one instance are grouped into one transaction (group commit).
/// </para>
/// <para>
/// The read cache holds every subject's <see cref="SubjectConsentState"/>, loaded and verified on open. It reflects
/// this instance's appends as soon as they are acknowledged. Other instances' appends are announced by
/// <c>NOTIFY</c> when they commit and read into the cache at once; when a notification is lost (the listening
/// connection dropped) the cache still catches up every <see cref="PostgreSqlConsentLedgerOptions.RefreshInterval"/>.
/// The asynchronous reads (<see cref="GetStateAsync"/>, <see cref="ReadSubjectAsync"/>,
/// <see cref="GetPendingDeletionsAsync"/>) read the database first, so they reflect every append committed before
/// the call. See docs/postgresql-ledger.md for the schema, the roles and the bound in full.
/// </para>
/// </remarks>
public sealed class PostgreSqlConsentLedger : IConsentLedger, IDisposable, IAsyncDisposable
{
    private static readonly TimeSpan ListenRetryDelay = TimeSpan.FromSeconds(1);

    private readonly NpgsqlDataSource dataSource;
    private readonly LedgerStore store;
    private readonly IClock clock;
    private readonly PostgreSqlConsentLedgerOptions options;
    private readonly ILogger logger;

    // The checksum instance and the cache's writes are guarded by `gate`; the cache is read without it.
    private readonly SemaphoreSlim gate = new SemaphoreSlim(1, 1);
    private readonly RecordChecksum checksum = new RecordChecksum();
    private readonly LedgerCache cache = new LedgerCache();
    private readonly GroupCommitQueue queue;
    private readonly SubjectKeyRing? protector;
    private bool closed;

    // Background catch-up: the refresh loop waits for a signal (a notification) or the refresh interval.
    private readonly CancellationTokenSource stopping = new CancellationTokenSource();
    private readonly SemaphoreSlim refreshSignal = new SemaphoreSlim(0, 1);
    private Task? refreshLoop;
    private Task? listenLoop;

    private PostgreSqlConsentLedger(NpgsqlDataSource dataSource, LedgerStore store, IClock clock, PostgreSqlConsentLedgerOptions options)
    {
        this.dataSource = dataSource;
        this.store = store;
        this.clock = clock;
        this.options = options;
        logger = (ILogger?)options.Logger ?? NullLogger.Instance;
        queue = new GroupCommitQueue(nameof(PostgreSqlConsentLedger), options.MaxBatchSize, WriteBatchAsync);
        protector = options.Protection is { } protection ? new SubjectKeyRing(store.SubjectKeys, protection) : null;
    }

    /// <summary>The ledger as <c>database/schema</c>.</summary>
    public string Name => store.Name;

    /// <summary>The sequence number of the last record in the read cache; 0 when the ledger is empty.</summary>
    public long LastSequenceNumber => Head.SequenceNumber;

    /// <summary>
    /// The head of the checksum chain in the read cache: the last record's sequence number and checksum. Keep it
    /// outside the database and check the ledger against it later with <see cref="VerifyAgainstAsync"/>; call
    /// <see cref="RefreshAsync"/> first to include other instances' records.
    /// </summary>
    public LedgerAnchor Head => cache.Head;

    /// <summary>
    /// Opens the ledger in the database the connection string names, creating its schema if it does not exist, and
    /// loads and verifies every record.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="clock">The clock that stamps <see cref="ConsentLedgerEntry.RecordedAt"/>.</param>
    /// <param name="options">Settings; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>The open ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connectionString"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is not a valid Npgsql connection string.</exception>
    /// <exception cref="ConsentLedgerCorruptException">The schema is not a consent ledger this version can use, or a record is damaged.</exception>
    /// <exception cref="NpgsqlException">The server cannot be reached, refuses the login, or the role lacks a privilege the ledger needs.</exception>
    public static async Task<PostgreSqlConsentLedger> OpenAsync(string connectionString, IClock clock, PostgreSqlConsentLedgerOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(connectionString, nameof(connectionString));
        Preconditions.CheckNotNull(clock, nameof(clock));

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException || e is FormatException || e is KeyNotFoundException)
        {
            throw new ArgumentException($"Not a valid PostgreSQL connection string: {e.Message}", nameof(connectionString), e);
        }

        var settings = (options ?? new PostgreSqlConsentLedgerOptions()).Clone();
        var name = (builder.Database ?? builder.Username ?? "postgres") + "/" + settings.Schema;
        var store = new LedgerStore(settings.Schema, name);
        var ledger = new PostgreSqlConsentLedger(NpgsqlDataSource.Create(builder), store, clock, settings);
        try
        {
            await ledger.OpenCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ledger.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return ledger;
    }

    /// <summary>Opens the ledger synchronously, for dependency-injection factories; see <see cref="OpenAsync"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="clock">The clock that stamps <see cref="ConsentLedgerEntry.RecordedAt"/>.</param>
    /// <param name="options">Settings; the defaults when null.</param>
    /// <returns>The open ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connectionString"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is not a valid Npgsql connection string.</exception>
    /// <exception cref="ConsentLedgerCorruptException">The schema is not a consent ledger this version can use, or a record is damaged.</exception>
    /// <exception cref="NpgsqlException">The server cannot be reached, refuses the login, or the role lacks a privilege the ledger needs.</exception>
    public static PostgreSqlConsentLedger Open(string connectionString, IClock clock, PostgreSqlConsentLedgerOptions? options = null) =>
        Task.Run(() => OpenAsync(connectionString, clock, options)).GetAwaiter().GetResult();

    /// <inheritdoc />
    /// <exception cref="ArgumentException">An event's time zone is unknown to the TZDB and BCL providers, so the record could not be read back.</exception>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">A record appended by another instance is damaged; nothing was appended.</exception>
    /// <exception cref="NpgsqlException">
    /// The write failed; nothing was acknowledged. When the connection broke during the commit, the events may have
    /// been recorded all the same: retry with the same idempotency keys to find out without recording them twice.
    /// </exception>
    public ValueTask<IReadOnlyList<ConsentLedgerEntry>> AppendAsync(IReadOnlyList<ConsentEvent> events, CancellationToken cancellationToken = default)
    {
        LedgerArguments.ValidateEvents(events, nameof(events));
        SubjectKeyRing.CheckPseudonyms(events, options.Protection, options.AllowPlainSubjectIds, nameof(PostgreSqlConsentLedgerOptions));
        return queue.Append(events, cache.RecordedWith, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Answers from the read cache: see the class remarks for how stale it can be about other instances.</remarks>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    public SubjectConsentState? GetState(SubjectId subject)
    {
        Preconditions.CheckArgument(!subject.IsDefault, nameof(subject), "The default SubjectId identifies no subject.");

        if (closed)
        {
            throw new ObjectDisposedException(nameof(PostgreSqlConsentLedger));
        }

        return cache.Find(subject);
    }

    /// <inheritdoc />
    /// <remarks>Reads the database first, so the state reflects every append committed before the call, by any instance.</remarks>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">A record appended by another instance is damaged.</exception>
    /// <exception cref="NpgsqlException">The database cannot be read.</exception>
    public async ValueTask<SubjectConsentState?> GetStateAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(!subject.IsDefault, nameof(subject), "The default SubjectId identifies no subject.");

        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        return GetState(subject);
    }

    /// <inheritdoc />
    /// <remarks>Reads the database first, then answers from the read cache.</remarks>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">A record appended by another instance is damaged.</exception>
    /// <exception cref="NpgsqlException">The database cannot be read.</exception>
    public async ValueTask<IReadOnlyList<ConsentLedgerEntry>> ReadSubjectAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        var state = await GetStateAsync(subject, cancellationToken).ConfigureAwait(false);
        return state is null ? Array.Empty<ConsentLedgerEntry>() : state.Entries;
    }

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">A record appended by another instance is damaged.</exception>
    /// <exception cref="NpgsqlException">The database cannot be read.</exception>
    public async ValueTask<IReadOnlyList<PendingDeletion>> GetPendingDeletionsAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await CatchUpLockedAsync(cancellationToken).ConfigureAwait(false);
            return cache.PendingDeletions();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Reads the database through its own connection, in one <c>REPEATABLE READ</c> snapshot, and verifies every
    /// record's checksum as it goes: an export is evidence that the stored records are intact.
    /// </remarks>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">A record is damaged or missing; the enumeration stops there.</exception>
    public async IAsyncEnumerable<ConsentLedgerEntry> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ThrowIfClosed();
        long records = 0;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        using var chainChecksum = new RecordChecksum();
        await using var entries = store.ReadVerifiedAsync(connection, transaction, new ChainCursor(), chainChecksum, cancellationToken, protector: SnapshotProtector(connection, transaction)).GetAsyncEnumerator(cancellationToken);
        while (await MoveNextVerifiedAsync(entries).ConfigureAwait(false))
        {
            records++;
            yield return entries.Current;
        }

        PostgreSqlLedgerLog.ExportVerified(logger, Name, records);
    }

    /// <summary>
    /// Checks the database against an anchor taken earlier from <see cref="Head"/>: reads and verifies the whole
    /// checksum chain through its own connection, from one snapshot, and checks that the anchored record is still there
    /// with the anchored checksum. This detects the loss of the newest records up to the anchor (deleted with the
    /// trigger dropped, or an older backup restored), which the chain alone cannot show, and any rewriting of the
    /// records up to the anchor, even with the chain recomputed.
    /// </summary>
    /// <param name="anchor">An anchor of this ledger, kept outside its database.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>The database's current head, to keep as the next anchor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="anchor"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">
    /// The ledger ends before the anchored record, the anchored record's checksum differs, or a record is damaged;
    /// <see cref="ConsentLedgerCorruptException.SequenceNumber"/> names the first record concerned.
    /// </exception>
    public async Task<LedgerAnchor> VerifyAgainstAsync(LedgerAnchor anchor, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(anchor, nameof(anchor));
        ThrowIfClosed();

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        using var chainChecksum = new RecordChecksum();
        var chain = new ChainCursor();
        var anchored = anchor.SequenceNumber == 0 ? chain.Checksum : null;
        await using (var entries = store.ReadVerifiedAsync(connection, transaction, chain, chainChecksum, cancellationToken, protector: SnapshotProtector(connection, transaction)).GetAsyncEnumerator(cancellationToken))
        {
            while (await MoveNextVerifiedAsync(entries).ConfigureAwait(false))
            {
                if (chain.Sequence == anchor.SequenceNumber)
                {
                    anchored = chain.Checksum;
                }
            }
        }

        try
        {
            anchor.CheckChain(Name, chain.Sequence, anchored, "the newest records were deleted, or an older backup was restored");
        }
        catch (ConsentLedgerCorruptException e)
        {
            throw Logged(e);
        }

        return new LedgerAnchor(chain.Sequence, chain.Checksum);
    }

    /// <summary>
    /// Reads records appended by other instances since the last look into the read cache. Notifications and the
    /// refresh interval do this on their own; call this to see them at once.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait for the cache or the read.</param>
    /// <returns>A task that completes when the cache has caught up.</returns>
    /// <exception cref="ObjectDisposedException">The ledger has been disposed.</exception>
    /// <exception cref="ConsentLedgerCorruptException">A record appended by another instance is damaged.</exception>
    /// <exception cref="NpgsqlException">The database cannot be read.</exception>
    public async ValueTask RefreshAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await CatchUpLockedAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Waits for queued appends to finish, then stops listening and closes the connections. Appends after this fail.</summary>
    /// <returns>A task that completes when the connections are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (!queue.TryClose(out var draining))
        {
            return;
        }

        if (draining is not null)
        {
            await draining.ConfigureAwait(false);
        }

        stopping.Cancel();
        foreach (var loop in new[] { refreshLoop, listenLoop })
        {
            if (loop is not null)
            {
                await loop.ConfigureAwait(false);
            }
        }

        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            closed = true;
            checksum.Dispose();
            await dataSource.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Waits for queued appends to finish, then closes the connections. Appends after this fail.</summary>
    public void Dispose() => Task.Run(() => DisposeAsync().AsTask()).GetAwaiter().GetResult();

    private async Task OpenCoreAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        {
            var migratedFrom = await Verified(store.EnsureSchemaAsync(connection, cancellationToken)).ConfigureAwait(false);
            if (migratedFrom == 0)
            {
                PostgreSqlLedgerLog.SchemaCreated(logger, PostgreSqlSchema.CurrentVersion, Name);
            }
            else if (migratedFrom is { } from)
            {
                PostgreSqlLedgerLog.SchemaMigrated(logger, Name, from, PostgreSqlSchema.CurrentVersion);
            }

            await store.CheckProtectionKeyAsync(connection, options.Protection, cancellationToken).ConfigureAwait(false);
        }

        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        PostgreSqlLedgerLog.Opened(logger, Name, PostgreSqlSchema.CurrentVersion, LastSequenceNumber, cache.SubjectCount, stopwatch.ElapsedMilliseconds);
        refreshLoop = Task.Run(RefreshLoopAsync);
        if (options.ListenForChanges)
        {
            listenLoop = Task.Run(ListenLoopAsync);
        }
    }

    /// <summary>
    /// A key ring of its own for a read outside the lock (an export, a verification), on that read's connection and
    /// snapshot: the ledger's own ring belongs to the writer.
    /// </summary>
    private SubjectKeyRing? SnapshotProtector(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        if (options.Protection is not { } protection)
        {
            return null;
        }

        var keys = store.NewSubjectKeys();
        keys.Bind(connection, transaction);
        return new SubjectKeyRing(keys, protection);
    }

    private void ThrowIfClosed()
    {
        if (closed)
        {
            throw new ObjectDisposedException(nameof(PostgreSqlConsentLedger));
        }
    }

    private ConsentLedgerCorruptException Logged(ConsentLedgerCorruptException e)
    {
        PostgreSqlLedgerLog.VerificationFailed(logger, Name, e.SequenceNumber, e.Problem);
        return e;
    }

    private async Task<T> Verified<T>(Task<T> operation)
    {
        try
        {
            return await operation.ConfigureAwait(false);
        }
        catch (ConsentLedgerCorruptException e)
        {
            throw Logged(e);
        }
    }

    private async ValueTask<bool> MoveNextVerifiedAsync(IAsyncEnumerator<ConsentLedgerEntry> entries)
    {
        try
        {
            return await entries.MoveNextAsync().ConfigureAwait(false);
        }
        catch (ConsentLedgerCorruptException e)
        {
            throw Logged(e);
        }
    }

    /// <summary>Reads the records committed after the cursor into the cache, in their own statement (one snapshot).</summary>
    private async Task CatchUpLockedAsync(CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await CatchUpLockedAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task CatchUpLockedAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken, string? statementsBefore = null)
    {
        var cursor = cache.Cursor;
        var before = cursor.Sequence;
        store.SubjectKeys.Bind(connection, transaction);
        await using (var entries = store.ReadVerifiedAsync(connection, transaction, cursor, checksum, cancellationToken, statementsBefore, protector).GetAsyncEnumerator(cancellationToken))
        {
            while (await MoveNextVerifiedAsync(entries).ConfigureAwait(false))
            {
                // On the first read every record is decoded after any erasure; later, a subject erased by another
                // instance has clear fields in the cache to redact.
                await ApplyLockedAsync(connection, transaction, entries.Current, rebuildErased: before > 0).ConfigureAwait(false);
            }
        }

        cache.PublishHead();
        if (cursor.Sequence > before && before > 0)
        {
            PostgreSqlLedgerLog.OtherWritersRead(logger, Name, before + 1, cursor.Sequence);
        }
    }

    private async Task ApplyLockedAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, ConsentLedgerEntry entry, bool rebuildErased)
    {
        SubjectConsentState? rebuilt = null;
        if (entry.Event is BiometricDataDeleted && rebuildErased && protector is not null)
        {
            // The subject's keys are gone: its history turns into the redacted form that a fresh open shows. Another
            // instance's erasure leaves this instance's cached keys stale, so they go too.
            protector.ForgetAll();
            store.SubjectKeys.Bind(connection, transaction);
            var history = await Verified(store.ReadSubjectAsync(connection, transaction, entry.Subject, entry.SequenceNumber, protector, default)).ConfigureAwait(false);
            foreach (var earlier in history)
            {
                cache.Remember(earlier);
            }

            rebuilt = SubjectConsentState.FromEntries(entry.Subject, history);
        }

        cache.Apply(entry, rebuilt);
    }

    private void SignalRefresh()
    {
        try
        {
            refreshSignal.Release();
        }
        catch (SemaphoreFullException)
        {
            // A refresh is already due; it will read this append too.
        }
    }

    private async Task RefreshLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await refreshSignal.WaitAsync(options.RefreshInterval, stopping.Token).ConfigureAwait(false);
                await RefreshAsync(stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (ConsentLedgerCorruptException)
            {
                // Logged where it was found; the same error is thrown by the next append or asynchronous read.
            }
            catch (Exception e)
            {
                // No caller to tell but the log; the cache keeps every verified record and the next tick tries again.
                PostgreSqlLedgerLog.RefreshFailed(logger, Name, e);
            }
        }
    }

    private async Task ListenLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stopping.Token).ConfigureAwait(false);
                connection.Notification += (_, _) => SignalRefresh();
                await LedgerStore.ExecuteAsync(connection, null, "LISTEN \"" + store.Channel + "\"", stopping.Token).ConfigureAwait(false);
                // Appends committed while no connection was listening announced themselves to nobody.
                SignalRefresh();
                while (true)
                {
                    await connection.WaitAsync(stopping.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                PostgreSqlLedgerLog.ListenFailed(logger, Name, (long)ListenRetryDelay.TotalMilliseconds, (long)options.RefreshInterval.TotalMilliseconds, e);
                try
                {
                    await Task.Delay(ListenRetryDelay, stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task WriteBatchAsync(List<PendingAppend> batch)
    {
        ConsentLedgerEntry[][]? written = null;
        Exception? failure = null;
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            ThrowIfClosed();
            written = await WriteLockedAsync(batch).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            failure = e;
            PostgreSqlLedgerLog.AppendFailed(logger, Name, GroupCommitQueue.CountEvents(batch), e);
        }
        finally
        {
            gate.Release();
        }

        GroupCommitQueue.Complete(batch, written, failure);
    }

    private async Task<ConsentLedgerEntry[][]> WriteLockedAsync(List<PendingAppend> batch)
    {
        var added = new List<ConsentLedgerEntry>();
        var records = new List<StoredRecord>();
        var checksums = new List<byte[]>();
        await using var connection = await dataSource.OpenConnectionAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted).ConfigureAwait(false);
        // Acknowledged means flushed to the server's write-ahead log, whatever the role's or database's default.
        // Under the lock, first take in what other instances committed (each statement of a READ COMMITTED
        // transaction sees every commit before it started), so that the new records continue the chain. One round
        // trip: the lock, then the read.
        await CatchUpLockedAsync(connection, transaction, default, "SET LOCAL synchronous_commit = on; " + store.LockStatement).ConfigureAwait(false);
        var cursor = cache.Cursor;
        var chain = cursor.Checksum;
        // Truncated to ticks, the precision stored, so the acknowledged entry equals the one read back.
        var now = Instant.FromUnixTimeTicks(clock.GetCurrentInstant().ToUnixTimeTicks());
        var nowTicks = now.ToUnixTimeTicks();
        ConsentLedgerEntry[][] written;
        try
        {
            store.SubjectKeys.Bind(connection, transaction);
            written = GroupCommitQueue.Assign(batch, cache.RecordedWith, cursor.Sequence, now, (append, j, sequence) =>
            {
                var e = append.Events[j];
                // Sealing needs the subject's key, which this transaction may create or has just destroyed.
                var payload = protector is null ? append.Payloads[j] : EventCodec.Encode(e, "events", protector);
                var record = new StoredRecord(sequence, nowTicks, e.Subject.Value, (long)e.Kind, e.OccurredAt.ToUnixTimeTicks(), payload, e.IdempotencyKey);
                chain = checksum.Compute(chain, record);
                records.Add(record);
                checksums.Add(chain);
                if (e is BiometricDataDeleted && protector is not null)
                {
                    protector.Shred(e.Subject);
                }
            }, added);

            if (records.Count > 0)
            {
                await store.InsertAsync(connection, transaction, records, checksums, default).ConfigureAwait(false);
                await transaction.CommitAsync().ConfigureAwait(false);
            }
        }
        catch
        {
            // Keys created or destroyed in the rolled-back transaction are not in the database.
            protector?.ForgetAll();
            throw;
        }

        // Durable from here on: publish to the cache before the appends are acknowledged.
        foreach (var entry in added)
        {
            await ApplyLockedAsync(connection, null, entry, rebuildErased: true).ConfigureAwait(false);
        }

        cursor.Advance(cursor.Sequence + added.Count, chain);
        cache.PublishHead();
        return written;
    }
}
