using System;
using System.Collections.Generic;
using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite.Storage;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace BiometricConsent.PostgreSql.Storage;

/// <summary>
/// The statements the ledger runs against one schema: creating and checking it, reading and verifying records, and
/// inserting them. Stateless apart from the SQL text: each caller brings its own connection and checksum instance.
/// </summary>
internal sealed class LedgerStore
{
    private readonly string quoted;
    private readonly string selectAfter;
    private readonly string insert;

    internal LedgerStore(string schema, string name)
    {
        Schema = schema;
        Name = name;
        quoted = "\"" + schema + "\"";
        SubjectKeys = NewSubjectKeys();
        Channel = "bc_ledger_" + schema;
        selectAfter = $"SELECT sequence, recorded_at, subject, kind, occurred_at, payload, checksum, idempotency_key FROM {quoted}.consent_events WHERE sequence > @after ORDER BY sequence";
        insert = $"""
            INSERT INTO {quoted}.consent_events (sequence, recorded_at, subject, kind, occurred_at, payload, checksum, idempotency_key)
            SELECT * FROM unnest(@sequence, @recorded_at, @subject, @kind, @occurred_at, @payload, @checksum, @idempotency_key);
            SELECT pg_notify(@channel, @last)
            """;
        LockStatement = string.Format(CultureInfo.InvariantCulture, "SELECT pg_advisory_xact_lock({0}, hashtext('{1}'))", PostgreSqlSchema.LockClass, schema);
    }

    /// <summary>The schema name, unquoted.</summary>
    internal string Schema { get; }

    /// <summary>The ledger as <c>database/schema</c>, for messages.</summary>
    internal string Name { get; }

    /// <summary>The <c>LISTEN</c>/<c>NOTIFY</c> channel on which appends are announced.</summary>
    internal string Channel { get; }

    /// <summary>The per-subject data keys, for a ledger that protects personal data.</summary>
    internal PostgreSqlSubjectKeys SubjectKeys { get; }

    /// <summary>Takes the ledger's append lock until the transaction ends.</summary>
    internal string LockStatement { get; }

    /// <summary>Another view of <c>subject_keys</c>, for a read that runs beside the ledger's own.</summary>
    internal PostgreSqlSubjectKeys NewSubjectKeys() => new PostgreSqlSubjectKeys(quoted);

    /// <summary>
    /// Creates the schema if it does not exist, or migrates it to <see cref="PostgreSqlSchema.CurrentVersion"/>, then
    /// checks that it is a consent ledger this version can use.
    /// </summary>
    /// <returns>The version this call migrated the schema from (0: it created it), or null when it was current.</returns>
    /// <exception cref="ConsentLedgerCorruptException">The schema is another application's, newer, or lacks the append-only trigger.</exception>
    internal async Task<int?> EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        int? from = null;
        var state = await InspectAsync(connection, null, cancellationToken).ConfigureAwait(false);
        if (!state.Events && !state.Meta)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, LockStatement, cancellationToken).ConfigureAwait(false);
            // Re-read under the lock: another instance may have created the schema since we looked.
            state = await InspectAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (!state.Events && !state.Meta)
            {
                await ExecuteAsync(connection, transaction, string.Format(CultureInfo.InvariantCulture, PostgreSqlSchema.Create + PostgreSqlSchema.ToVersion2, quoted), cancellationToken).ConfigureAwait(false);
                state = await InspectAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                from = 0;
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (state.Events != state.Meta)
        {
            throw new ConsentLedgerCorruptException(Name, $"the schema holds a table {(state.Events ? "consent_events" : "ledger_meta")} but not {(state.Events ? "ledger_meta" : "consent_events")}: it belongs to another application or was altered outside this package");
        }

        if (await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false) < PostgreSqlSchema.CurrentVersion)
        {
            // Migrating needs the schema's owner (CREATE on the schema): docs/postgresql-ledger.md, "Roles".
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, LockStatement, cancellationToken).ConfigureAwait(false);
            var version = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (version < 2)
            {
                await ExecuteAsync(connection, transaction, string.Format(CultureInfo.InvariantCulture, PostgreSqlSchema.ToVersion2, quoted), cancellationToken).ConfigureAwait(false);
                from ??= version;
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!state.Trigger)
        {
            throw new ConsentLedgerCorruptException(Name, "the append-only trigger consent_events_append_only is missing or disabled: records may have been changed or deleted; restore the trigger (docs/postgresql-ledger.md) and verify the ledger against an anchor");
        }

        return from;
    }

    /// <summary>
    /// Checks the application key against the schema's key check, storing it on the first protected open: a ledger
    /// protected with a key refuses to open without it, or with another.
    /// </summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The ledger is protected with another key, or with one and none was given.</exception>
    internal async Task CheckProtectionKeyAsync(NpgsqlConnection connection, ConsentDataProtection? protection, CancellationToken cancellationToken)
    {
        var sql = protection is null
            ? $"SELECT key_check FROM {quoted}.ledger_protection WHERE id = 1"
            // ON CONFLICT: two instances may protect a new ledger at once; the first key wins and the other is checked below.
            : $"INSERT INTO {quoted}.ledger_protection (id, key_check) VALUES (1, @check) ON CONFLICT (id) DO NOTHING; SELECT key_check FROM {quoted}.ledger_protection WHERE id = 1";
        await using var command = new NpgsqlCommand(sql, connection);
        if (protection is not null)
        {
            command.Parameters.AddWithValue("check", protection.KeyCheck);
        }

        var stored = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        if (protection is null)
        {
            if (stored is not null)
            {
                throw new System.Security.Cryptography.CryptographicException($"The consent ledger '{Name}' protects personal data with an application key (key check {stored}); set PostgreSqlConsentLedgerOptions.Protection to a ConsentDataProtection with that key to open it.");
            }

            return;
        }

        if (!string.Equals(stored, protection.KeyCheck, StringComparison.Ordinal))
        {
            throw new System.Security.Cryptography.CryptographicException($"The consent ledger '{Name}' is protected with another application key (its key check is {stored}, the key given has {protection.KeyCheck}); nothing was read or written.");
        }
    }

    /// <summary>
    /// Reads the records after <paramref name="cursor"/>, verifying that they continue its sequence and checksum
    /// chain, and advances the cursor past each record returned.
    /// </summary>
    /// <exception cref="ConsentLedgerCorruptException">A record is missing, damaged or does not decode.</exception>
    /// <param name="connection">The connection.</param>
    /// <param name="transaction">The transaction, if any.</param>
    /// <param name="cursor">Where the chain has been verified to.</param>
    /// <param name="checksum">The caller's checksum instance.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="before">Statements sent in the same round trip before the read (the append's lock), if any.</param>
    /// <param name="protector">Unseals personal fields; with one, the records are read first and decoded after the reader closes, as the key lookups need the connection.</param>
    internal async IAsyncEnumerable<ConsentLedgerEntry> ReadVerifiedAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, ChainCursor cursor, RecordChecksum checksum, [EnumeratorCancellation] CancellationToken cancellationToken, string? before = null, IFieldProtector? protector = null)
    {
        var buffered = protector is null ? null : new List<(StoredRecord Record, byte[] Checksum)>();
        await using (var command = new NpgsqlCommand(before is null ? selectAfter : before + "; " + selectAfter, connection, transaction))
        {
            command.Parameters.AddWithValue("after", cursor.Sequence);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
            // Step over the results of the statements before the read (the lock's one-row result) to the records.
            while (reader.FieldCount != 8 && await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
            {
            }

            var sequence = cursor.Sequence;
            var chain = cursor.Checksum;
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var (record, computed) = Verify(reader, sequence, chain, checksum);
                sequence = record.Sequence;
                chain = computed;
                if (buffered is null)
                {
                    var entry = Decode(record, null);
                    cursor.Advance(sequence, computed);
                    yield return entry;
                }
                else
                {
                    buffered.Add((record, computed));
                }
            }
        }

        if (buffered is not null)
        {
            foreach (var (record, computed) in buffered)
            {
                var entry = Decode(record, protector);
                cursor.Advance(record.Sequence, computed);
                yield return entry;
            }
        }
    }

    /// <summary>
    /// A subject's records up to a sequence number, decoded with the keys as they are now: after an erasure, the
    /// redacted history that a fresh open shows. The chain was verified when they were first read.
    /// </summary>
    internal async Task<List<ConsentLedgerEntry>> ReadSubjectAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, SubjectId subject, long upTo, IFieldProtector protector, CancellationToken cancellationToken)
    {
        var records = new List<StoredRecord>();
        await using (var command = new NpgsqlCommand($"SELECT sequence, recorded_at, subject, kind, occurred_at, payload, idempotency_key FROM {quoted}.consent_events WHERE subject = @subject AND sequence <= @upTo ORDER BY sequence", connection, transaction))
        {
            command.Parameters.AddWithValue("subject", subject.Value);
            command.Parameters.AddWithValue("upTo", upTo);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                records.Add(new StoredRecord(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
            }
        }

        var entries = new List<ConsentLedgerEntry>(records.Count);
        foreach (var record in records)
        {
            entries.Add(Decode(record, protector));
        }

        return entries;
    }

    /// <summary>Inserts records and announces the new head on <see cref="Channel"/> (delivered when the transaction commits).</summary>
    internal async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<StoredRecord> records, IReadOnlyList<byte[]> checksums, CancellationToken cancellationToken)
    {
        var count = records.Count;
        var sequence = new long[count];
        var recordedAt = new long[count];
        var subject = new string[count];
        var kind = new long[count];
        var occurredAt = new long[count];
        var payload = new string[count];
        var idempotencyKey = new string?[count];
        for (var i = 0; i < count; i++)
        {
            var r = records[i];
            sequence[i] = r.Sequence;
            recordedAt[i] = r.RecordedAtTicks;
            subject[i] = r.Subject;
            kind[i] = r.Kind;
            occurredAt[i] = r.OccurredAtTicks;
            payload[i] = r.Payload;
            idempotencyKey[i] = r.IdempotencyKey;
        }

        await using var command = new NpgsqlCommand(insert, connection, transaction);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<long[]>("sequence", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = sequence });
        p.Add(new NpgsqlParameter<long[]>("recorded_at", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = recordedAt });
        p.Add(new NpgsqlParameter<string[]>("subject", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = subject });
        p.Add(new NpgsqlParameter<long[]>("kind", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = kind });
        p.Add(new NpgsqlParameter<long[]>("occurred_at", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = occurredAt });
        p.Add(new NpgsqlParameter<string[]>("payload", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = payload });
        p.Add(new NpgsqlParameter<byte[][]>("checksum", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { TypedValue = ToArray(checksums) });
        p.Add(new NpgsqlParameter<string?[]>("idempotency_key", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = idempotencyKey });
        p.AddWithValue("channel", Channel);
        p.AddWithValue("last", sequence[count - 1].ToString(CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static byte[][] ToArray(IReadOnlyList<byte[]> items)
    {
        var array = new byte[items.Count][];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = items[i];
        }

        return array;
    }

    private async Task<SchemaState> InspectAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(PostgreSqlSchema.Inspect, connection, transaction);
        command.Parameters.AddWithValue("events", quoted + ".consent_events");
        command.Parameters.AddWithValue("meta", quoted + ".ledger_meta");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new SchemaState(reader.GetBoolean(0), reader.GetBoolean(1), reader.GetInt64(2) == 1);
    }

    private async Task<int> ReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        // ledger_meta cannot be updated: a migration appends a row, and the highest version is the schema's.
        await using var command = new NpgsqlCommand($"SELECT application, schema_version FROM {quoted}.ledger_meta ORDER BY schema_version DESC LIMIT 1", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false) || reader.GetString(0) != PostgreSqlSchema.Application)
        {
            throw new ConsentLedgerCorruptException(Name, $"its ledger_meta table does not mark it as a {PostgreSqlSchema.Application}: it belongs to another application");
        }

        var version = reader.GetInt32(1);
        if (version > PostgreSqlSchema.CurrentVersion)
        {
            throw new ConsentLedgerCorruptException(Name, $"its schema version {version} is newer than version {PostgreSqlSchema.CurrentVersion}, the newest this version of BiometricConsent.PostgreSql supports; upgrade the package");
        }

        return version;
    }

    private (StoredRecord Record, byte[] Checksum) Verify(NpgsqlDataReader reader, long previous, byte[] chain, RecordChecksum checksum)
    {
        var sequence = reader.GetInt64(0);
        if (sequence != previous + 1)
        {
            throw new ConsentLedgerCorruptException(Name, $"the next record is #{sequence}: records #{previous + 1} to #{sequence - 1} are missing", previous + 1);
        }

        try
        {
            // Columns in order: SequentialAccess reads each once, front to back.
            var recordedAt = reader.GetInt64(1);
            var subjectText = reader.GetString(2);
            var kind = reader.GetInt64(3);
            var occurredAt = reader.GetInt64(4);
            var payload = reader.GetString(5);
            var stored = reader.GetFieldValue<byte[]>(6);
            var key = reader.IsDBNull(7) ? null : reader.GetString(7);
            var record = new StoredRecord(sequence, recordedAt, subjectText, kind, occurredAt, payload, key);
            var computed = checksum.Compute(chain, record);
            if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(stored, computed))
            {
                throw new ConsentLedgerCorruptException(Name, "the checksum does not match the record (it was altered, or an earlier record was changed)", sequence);
            }

            return (record, computed);
        }
        catch (Exception e) when (e is FormatException || e is InvalidCastException || e is ArgumentException || e is OverflowException)
        {
            throw new ConsentLedgerCorruptException(Name, e.Message, sequence, e);
        }
    }

    private ConsentLedgerEntry Decode(in StoredRecord record, IFieldProtector? protector)
    {
        try
        {
            return DecodeRecord(record, protector);
        }
        catch (Exception e) when (e is FormatException || e is InvalidCastException || e is ArgumentException || e is OverflowException)
        {
            throw new ConsentLedgerCorruptException(Name, e.Message, record.Sequence, e);
        }
    }

    private static ConsentLedgerEntry DecodeRecord(in StoredRecord record, IFieldProtector? protector)
    {
        var subject = new SubjectId(record.Subject);
        if (!string.Equals(subject.Value, record.Subject, StringComparison.Ordinal))
        {
            throw new FormatException($"the subject '{record.Subject}' has surrounding white space");
        }

        var @event = EventCodec.Decode(subject, record.Kind, record.Payload, protector);
        if (@event.OccurredAt.ToUnixTimeTicks() != record.OccurredAtTicks)
        {
            throw new FormatException($"occurred_at {record.OccurredAtTicks} disagrees with the payload's instant {@event.OccurredAt}");
        }

        if (!string.Equals(@event.IdempotencyKey, record.IdempotencyKey, StringComparison.Ordinal))
        {
            throw new FormatException($"idempotency_key '{record.IdempotencyKey}' disagrees with the payload's '{@event.IdempotencyKey}'");
        }

        return new ConsentLedgerEntry(record.Sequence, Instant.FromUnixTimeTicks(record.RecordedAtTicks), @event);
    }

    private readonly record struct SchemaState(bool Events, bool Meta, bool Trigger);
}
