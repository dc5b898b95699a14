using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using BiometricConsent.Consent;
using Microsoft.Data.Sqlite;
using NodaTime;
using SQLitePCL;

namespace BiometricConsent.Sqlite.Storage;

/// <summary>
/// One connection to a ledger file, with the statements the ledger runs. Not thread-safe: its owner serialises
/// access.
/// </summary>
internal sealed class LedgerDatabase : IDisposable, ISubjectKeyStore
{
    // SQLite primary result codes that mean the file itself is bad.
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    // SQLITE_READONLY: the result code of a write to a read-only database.
    private const int SqliteReadOnly = 8;

    private const string ChecksumMismatch = "the checksum does not match the record (it was altered, torn, or an earlier record was changed)";

    private readonly SqliteConnection connection;
    private readonly RecordChecksum checksum = new RecordChecksum();
    private SqliteCommand? insert;
    private readonly SubjectTexts subjects = new SubjectTexts();
    private sqlite3_stmt? readAfter;
    private SqliteCommand? dataVersion;

    private LedgerDatabase(SqliteConnection connection, string path)
    {
        this.connection = connection;
        Path = path;
    }

    /// <summary>The file, for messages.</summary>
    internal string Path { get; }

    /// <summary>Seals and unseals personal fields; null for a ledger opened without an application key.</summary>
    internal SubjectKeyRing? Protector { get; private set; }

    /// <summary>The schema version (0 for a new file) that <see cref="OpenForWriting"/> migrated from; <see langword="null"/> when the schema was current.</summary>
    internal long? MigratedFrom { get; private set; }

    /// <summary>
    /// Opens a connection for writing: checks that the file is an empty database or a ledger this version
    /// understands, switches it to WAL, creates or migrates the schema, and checks the file's integrity.
    /// </summary>
    /// <exception cref="ConsentLedgerCorruptException">The file cannot be used as a ledger.</exception>
    internal static LedgerDatabase OpenForWriting(string connectionString, string path, SqliteConsentLedgerOptions options)
    {
        var database = Open(connectionString, path, options);
        try
        {
            database.Translate(() =>
            {
                database.CheckWritable();
                // Inspect before changing anything: a foreign file must be left exactly as it was.
                database.CheckOwnership(database.Inspect());
                database.SetPragma("journal_mode", "WAL", expected: "wal");
                database.SetPragma("synchronous", "FULL", expected: null);
                database.CreateOrMigrate();
                database.CheckProtectionKey(options.Protection);
                if (options.CheckIntegrityOnOpen)
                {
                    database.QuickCheck();
                }

                return 0;
            });
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>Opens a connection for reading a ledger already checked by <see cref="OpenForWriting"/>.</summary>
    internal static LedgerDatabase OpenForReading(string connectionString, string path, SqliteConsentLedgerOptions options)
    {
        var database = Open(connectionString, path, options);
        try
        {
            database.Translate(() => database.CheckOwnership(database.Inspect()));
            database.Protect(options.Protection);
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>Runs an operation, turning SQLite's "corrupt" and "not a database" errors into <see cref="ConsentLedgerCorruptException"/>.</summary>
    internal T Translate<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteCorrupt || e.SqliteErrorCode == SqliteNotADatabase)
        {
            var problem = e.SqliteErrorCode == SqliteNotADatabase
                ? "the file is not a SQLite database (it may be encrypted, truncated or overwritten)"
                : "SQLite reports the file as malformed (damaged or truncated)";
            throw new ConsentLedgerCorruptException(Path, $"{problem}: {e.Message}", innerException: e);
        }
    }

    /// <summary>A number that changes whenever another connection commits to the file (<c>PRAGMA data_version</c>).</summary>
    internal long ReadDataVersion()
    {
        dataVersion ??= Prepare("PRAGMA data_version;");
        return Translate(() => Convert.ToInt64(dataVersion.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    /// <summary>Takes the write lock now (<c>BEGIN IMMEDIATE</c>), waiting up to the busy timeout for other writers.</summary>
    internal void BeginWrite() => Execute("BEGIN IMMEDIATE;");

    /// <summary>Commits; with <c>synchronous=FULL</c> the WAL is synced before this returns.</summary>
    internal void Commit() => Execute("COMMIT;");

    /// <summary>Rolls back, if a transaction is open; never throws, since it runs while another error propagates.</summary>
    internal void RollbackQuietly()
    {
        try
        {
            Execute("ROLLBACK;");
        }
        catch (SqliteException)
        {
            // No transaction was open (SQLite may already have rolled back), or the connection is unusable:
            // either way nothing of the batch was committed.
        }
    }

    /// <summary>Inserts a record and returns its checksum.</summary>
    internal byte[] Insert(in StoredRecord record, byte[] previousChecksum)
    {
        if (insert is null)
        {
            insert = Prepare("INSERT INTO consent_events (sequence, recorded_at, subject, kind, occurred_at, payload, checksum, idempotency_key) VALUES ($sequence, $recordedAt, $subject, $kind, $occurredAt, $payload, $checksum, $idempotencyKey);");
            insert.Parameters.Add("$sequence", SqliteType.Integer);
            insert.Parameters.Add("$recordedAt", SqliteType.Integer);
            insert.Parameters.Add("$subject", SqliteType.Text);
            insert.Parameters.Add("$kind", SqliteType.Integer);
            insert.Parameters.Add("$occurredAt", SqliteType.Integer);
            insert.Parameters.Add("$payload", SqliteType.Text);
            insert.Parameters.Add("$checksum", SqliteType.Blob);
            insert.Parameters.Add("$idempotencyKey", SqliteType.Text);
        }

        var sum = checksum.Compute(previousChecksum, record);
        var p = insert.Parameters;
        p[0].Value = record.Sequence;
        p[1].Value = record.RecordedAtTicks;
        p[2].Value = record.Subject;
        p[3].Value = record.Kind;
        p[4].Value = record.OccurredAtTicks;
        p[5].Value = record.Payload;
        p[6].Value = sum;
        p[7].Value = (object?)record.IdempotencyKey ?? DBNull.Value;
        Translate(() => insert.ExecuteNonQuery());
        return sum;
    }

    /// <summary>
    /// Reads the records after <paramref name="cursor"/>, verifying that they continue its sequence and checksum
    /// chain, and advances the cursor past each record returned.
    /// </summary>
    /// <exception cref="ConsentLedgerCorruptException">A record is missing, damaged or does not decode.</exception>
    /// <remarks>
    /// Runs on SQLite's own statement API rather than a <see cref="SqliteDataReader"/>: every record of the file passes
    /// here on open, and reading the columns in place (the payload hashed and decoded from SQLite's buffer, the
    /// subject's text shared by all its records) halves the cost per record.
    /// </remarks>
    internal IEnumerable<ConsentLedgerEntry> ReadVerified(ChainCursor cursor)
    {
        var statement = ReadAfter();
        try
        {
            Check(raw.sqlite3_bind_int64(statement, 1, cursor.Sequence));
            while (Step(statement))
            {
                yield return Verify(statement, cursor);
            }
        }
        finally
        {
            // Ends the statement's read transaction, also when the caller stops early.
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>
    /// Reads every record after <paramref name="cursor"/> like <see cref="ReadVerified"/>, for loading a whole file:
    /// the checksum chain is checked by a <see cref="ChainCheck"/> on a second thread while this one decodes, and the
    /// method returns, and advances the cursor, only once every record read is checked.
    /// </summary>
    /// <param name="cursor">Where the chain continues; advanced past the last record.</param>
    /// <param name="onEntry">
    /// Receives each entry in sequence order, before its checksum is confirmed: the caller must not let any be seen
    /// unless this method returns (the ledger's open publishes nothing before).
    /// </param>
    /// <returns>The number of records read.</returns>
    /// <exception cref="ConsentLedgerCorruptException">
    /// A record is missing, damaged or does not decode: the first such record, as <see cref="ReadVerified"/> reports it
    /// (a checksum that does not match is reported before a failure to decode the same or a later record).
    /// </exception>
    internal long ReadAllVerified(ChainCursor cursor, Action<ConsentLedgerEntry> onEntry)
    {
        var statement = ReadAfter();
        var last = cursor.Sequence;
        Exception? failure = null;
        using var chain = new ChainCheck(cursor.Checksum);
        try
        {
            Check(raw.sqlite3_bind_int64(statement, 1, cursor.Sequence));
            while (Step(statement))
            {
                var sequence = raw.sqlite3_column_int64(statement, 0);
                CheckNext(last, sequence);
                var recordedAt = raw.sqlite3_column_int64(statement, 1);
                var subjectUtf8 = raw.sqlite3_column_blob(statement, 2);
                var kind = raw.sqlite3_column_int64(statement, 3);
                var occurredAt = raw.sqlite3_column_int64(statement, 4);
                var payload = raw.sqlite3_column_blob(statement, 5);
                chain.Add(sequence, recordedAt, kind, occurredAt, subjectUtf8, payload, raw.sqlite3_column_blob(statement, 6));
                last = sequence;
                onEntry(DecodeRow(statement, sequence, recordedAt, subjectUtf8, kind, occurredAt, payload));
            }
        }
        catch (Exception e)
        {
            // Report a damaged record in sequence order: a link that does not hold at or before the record that failed
            // to decode (or after which reading failed) is the first damage, as a check record by record finds it.
            failure = e;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }

        var mismatch = chain.Complete();
        if (mismatch != 0)
        {
            throw new ConsentLedgerCorruptException(Path, ChecksumMismatch, mismatch);
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        var read = last - cursor.Sequence;
        if (read > 0)
        {
            cursor.Advance(last, chain.Last);
        }

        return read;
    }

    /// <summary>
    /// Reads a subject's records up to a sequence number, decoded but not verified (they were verified when first
    /// read): used to replace a subject's cached history by its redacted form after erasure.
    /// </summary>
    internal List<ConsentLedgerEntry> ReadSubject(SubjectId subject, long upTo)
    {
        using var command = Prepare("SELECT sequence, recorded_at, subject, kind, occurred_at, payload, checksum, idempotency_key FROM consent_events WHERE subject = $subject AND sequence <= $upTo ORDER BY sequence;");
        command.Parameters.AddWithValue("$subject", subject.Value);
        command.Parameters.AddWithValue("$upTo", upTo);
        var entries = new List<ConsentLedgerEntry>();
        using var reader = Translate(() => command.ExecuteReader());
        while (Translate(() => reader.Read()))
        {
            var record = new StoredRecord(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetString(5), reader.IsDBNull(7) ? null : reader.GetString(7));
            try
            {
                entries.Add(Decode(record));
            }
            catch (FormatException e)
            {
                throw new ConsentLedgerCorruptException(Path, e.Message, record.Sequence, e);
            }
        }

        return entries;
    }

    /// <summary>A subject's data key row by its id: the subject and the wrapped key; null once deleted.</summary>
    public (string Subject, byte[] Wrapped)? FindSubjectKey(string keyId)
    {
        using var command = Prepare("SELECT subject, wrapped_key FROM subject_keys WHERE key_id = $keyId;");
        command.Parameters.AddWithValue("$keyId", keyId);
        using var reader = Translate(() => command.ExecuteReader());
        return Translate(() => reader.Read()) ? (reader.GetString(0), (byte[])reader.GetValue(1)) : null;
    }

    /// <summary>The newest data key row of a subject: its id and wrapped key; null when it has none.</summary>
    public (string KeyId, byte[] Wrapped)? FindCurrentSubjectKey(SubjectId subject)
    {
        using var command = Prepare("SELECT key_id, wrapped_key FROM subject_keys WHERE subject = $subject ORDER BY rowid DESC LIMIT 1;");
        command.Parameters.AddWithValue("$subject", subject.Value);
        using var reader = Translate(() => command.ExecuteReader());
        return Translate(() => reader.Read()) ? (reader.GetString(0), (byte[])reader.GetValue(1)) : null;
    }

    /// <summary>Stores a new wrapped data key (inside the caller's write transaction).</summary>
    public void InsertSubjectKey(string keyId, SubjectId subject, byte[] wrapped)
    {
        using var command = Prepare("INSERT INTO subject_keys (key_id, subject, wrapped_key) VALUES ($keyId, $subject, $wrapped);");
        command.Parameters.AddWithValue("$keyId", keyId);
        command.Parameters.AddWithValue("$subject", subject.Value);
        command.Parameters.AddWithValue("$wrapped", wrapped);
        Translate(() => command.ExecuteNonQuery());
    }

    /// <summary>Destroys every data key of a subject (inside the caller's write transaction); with <c>secure_delete</c> the bytes are overwritten.</summary>
    public void DeleteSubjectKeys(SubjectId subject)
    {
        using var command = Prepare("DELETE FROM subject_keys WHERE subject = $subject;");
        command.Parameters.AddWithValue("$subject", subject.Value);
        Translate(() => command.ExecuteNonQuery());
    }

    /// <summary>
    /// Copies the write-ahead log into the file and truncates it, so that the pages that held destroyed keys leave the
    /// log. Best effort: a reader of another connection can keep the log from being reset (SQLite then reports busy).
    /// </summary>
    internal void CheckpointQuietly()
    {
        try
        {
            Execute("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        catch (SqliteException)
        {
            // Another connection is reading; the log is reset by a later checkpoint.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        insert?.Dispose();
        readAfter?.Dispose();
        dataVersion?.Dispose();
        checksum.Dispose();
        connection.Dispose();
    }

    private static LedgerDatabase Open(string connectionString, string path, SqliteConsentLedgerOptions options)
    {
        var connection = new SqliteConnection(connectionString);
        var database = new LedgerDatabase(connection, path);
        try
        {
            database.Translate(() =>
            {
                connection.Open();
                // SQLite's own busy handler waits for other processes' locks; Microsoft.Data.Sqlite retries on top
                // of it until the command timeout, which the connection string sets to the same duration.
                database.Execute(string.Format(CultureInfo.InvariantCulture, "PRAGMA busy_timeout = {0};", (long)options.BusyTimeout.TotalMilliseconds));
                return 0;
            });
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    private sqlite3_stmt ReadAfter()
    {
        if (readAfter is null)
        {
            Check(raw.sqlite3_prepare_v2(connection.Handle, "SELECT sequence, recorded_at, subject, kind, occurred_at, payload, checksum, idempotency_key FROM consent_events WHERE sequence > ?1 ORDER BY sequence;", out var statement));
            readAfter = statement;
        }

        return readAfter;
    }

    private void CheckNext(long last, long sequence)
    {
        if (sequence != last + 1)
        {
            throw new ConsentLedgerCorruptException(Path, $"the next record is #{sequence}: records #{last + 1} to #{sequence - 1} are missing", last + 1);
        }
    }

    private ConsentLedgerEntry Verify(sqlite3_stmt row, ChainCursor cursor)
    {
        var sequence = raw.sqlite3_column_int64(row, 0);
        CheckNext(cursor.Sequence, sequence);

        // The columns as stored (STRICT types), read in place: the spans are valid until the next step.
        var recordedAt = raw.sqlite3_column_int64(row, 1);
        var subjectUtf8 = raw.sqlite3_column_blob(row, 2);
        var kind = raw.sqlite3_column_int64(row, 3);
        var occurredAt = raw.sqlite3_column_int64(row, 4);
        var payload = raw.sqlite3_column_blob(row, 5);
        var computed = checksum.Compute(cursor.Checksum, sequence, recordedAt, kind, occurredAt, subjectUtf8, payload);
        if (!FixedTimeEquals(raw.sqlite3_column_blob(row, 6), computed))
        {
            throw new ConsentLedgerCorruptException(Path, ChecksumMismatch, sequence);
        }

        var entry = DecodeRow(row, sequence, recordedAt, subjectUtf8, kind, occurredAt, payload);
        cursor.Advance(sequence, computed);
        return entry;
    }

    /// <summary>Decodes the current row of a read statement, whose other columns the caller has read.</summary>
    private ConsentLedgerEntry DecodeRow(sqlite3_stmt row, long sequence, long recordedAt, ReadOnlySpan<byte> subjectUtf8, long kind, long occurredAt, ReadOnlySpan<byte> payload)
    {
        try
        {
            var idempotencyKey = raw.sqlite3_column_type(row, 7) == raw.SQLITE_NULL ? null : Encoding.UTF8.GetString(raw.sqlite3_column_blob(row, 7).ToArray());
            return Decode(sequence, recordedAt, subjects.Get(subjectUtf8), kind, occurredAt, payload, idempotencyKey);
        }
        catch (Exception e) when (e is FormatException || e is InvalidCastException || e is ArgumentException || e is OverflowException)
        {
            throw new ConsentLedgerCorruptException(Path, e.Message, sequence, e);
        }
    }

    private ConsentLedgerEntry Decode(in StoredRecord record) =>
        Decode(record.Sequence, record.RecordedAtTicks, record.Subject, record.Kind, record.OccurredAtTicks, Encoding.UTF8.GetBytes(record.Payload), record.IdempotencyKey);

    private ConsentLedgerEntry Decode(long sequence, long recordedAtTicks, string storedSubject, long kind, long occurredAtTicks, ReadOnlySpan<byte> payload, string? idempotencyKey)
    {
        var subject = new SubjectId(storedSubject);
        if (!string.Equals(subject.Value, storedSubject, StringComparison.Ordinal))
        {
            throw new FormatException($"the subject '{storedSubject}' has surrounding white space");
        }

        // The payload as its stored UTF-8 bytes: decoded without a UTF-16 copy unless the fast path declines it.
        var @event = Utf8EventDecoder.TryDecode(subject, kind, payload, out var fast)
            ? fast!
            : EventCodec.Decode(subject, kind, Encoding.UTF8.GetString(payload.ToArray()), Protector);
        if (@event.OccurredAt.ToUnixTimeTicks() != occurredAtTicks)
        {
            throw new FormatException($"occurred_at {occurredAtTicks} disagrees with the payload's instant {@event.OccurredAt}");
        }

        if (!string.Equals(@event.IdempotencyKey, idempotencyKey, StringComparison.Ordinal))
        {
            throw new FormatException($"idempotency_key '{idempotencyKey}' disagrees with the payload's '{@event.IdempotencyKey}'");
        }

        return new ConsentLedgerEntry(sequence, Instant.FromUnixTimeTicks(recordedAtTicks), @event);
    }

    /// <summary>Fails with the connection's error message unless <paramref name="rc"/> is SQLITE_OK.</summary>
    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            Fail(rc);
        }
    }

    /// <summary>Advances a raw statement: true on a row, false when done.</summary>
    private bool Step(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc != raw.SQLITE_DONE)
        {
            Fail(rc);
        }

        return false;
    }

    private void Fail(int rc) => Translate<int>(() =>
    {
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        throw new SqliteException(raw.sqlite3_errstr(rc).utf8_to_string(), rc);
    });

    private static bool FixedTimeEquals(ReadOnlySpan<byte> a, byte[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var diff = 0;
        for (var i = 0; i < a.Length; i++)
        {
            diff |= a[i] ^ b[i];
        }

        return diff == 0;
    }

    /// <summary>
    /// Fails when SQLite opened the file read-only: it falls back to read-only when the process may not write the
    /// file (permissions, a read-only file system) and opens read-only when the URI asks for it (<c>mode=ro</c>,
    /// <c>immutable=1</c>). Without this check such a ledger would open and fail at its first append.
    /// </summary>
    private void CheckWritable()
    {
        if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
        {
            throw new SqliteException(
                $"'{Path}' can only be opened read-only (the process may not write the file, the file system is read-only, or the connection asked for read-only access): a consent ledger appends records, so it must be writable.",
                SqliteReadOnly);
        }
    }

    private FileState Inspect()
    {
        var applicationId = ScalarInt64("PRAGMA application_id;");
        var version = ScalarInt64("PRAGMA user_version;");
        var objects = ScalarInt64("SELECT count(*) FROM sqlite_master;");
        return new FileState(applicationId, version, objects);
    }

    private int CheckOwnership(FileState state)
    {
        if (state.ApplicationId == 0)
        {
            if (state.Version != 0 || state.Objects != 0)
            {
                throw new ConsentLedgerCorruptException(Path, $"it is a SQLite database of another application (application_id 0, user_version {state.Version}, {state.Objects} schema objects), not a consent ledger");
            }
        }
        else if (state.ApplicationId != LedgerSchema.ApplicationId)
        {
            throw new ConsentLedgerCorruptException(Path, string.Format(CultureInfo.InvariantCulture, "it is a SQLite database of another application (application_id 0x{0:X8}; a consent ledger has 0x{1:X8})", state.ApplicationId, LedgerSchema.ApplicationId));
        }
        else if (state.Version > LedgerSchema.CurrentVersion)
        {
            throw new ConsentLedgerCorruptException(Path, $"its schema version {state.Version} is newer than version {LedgerSchema.CurrentVersion}, the newest this version of BiometricConsent.Sqlite supports; upgrade the package");
        }
        else if (state.Version < 1)
        {
            throw new ConsentLedgerCorruptException(Path, $"it carries the consent-ledger application_id but schema version {state.Version}");
        }

        return 0;
    }

    /// <summary>
    /// Checks the application key against the file's key check, storing it on the first protected open; a file
    /// protected with a key refuses to open without it, or with another.
    /// </summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The file is protected with another key, or with one and none was given.</exception>
    private void CheckProtectionKey(ConsentDataProtection? protection)
    {
        var stored = ScalarOrNull("SELECT key_check FROM ledger_protection WHERE id = 1;") as string;
        if (protection is null)
        {
            if (stored is not null)
            {
                throw new System.Security.Cryptography.CryptographicException($"The consent ledger '{Path}' protects personal data with an application key (key check {stored}); set SqliteConsentLedgerOptions.Protection to a ConsentDataProtection with that key to open it.");
            }

            return;
        }

        if (stored is null)
        {
            // OR IGNORE: two processes may protect a new file at once; the first key wins and the other is checked below.
            using var insertCheck = Prepare("INSERT OR IGNORE INTO ledger_protection (id, key_check) VALUES (1, $check);");
            insertCheck.Parameters.AddWithValue("$check", protection.KeyCheck);
            Translate(() => insertCheck.ExecuteNonQuery());
            stored = ScalarOrNull("SELECT key_check FROM ledger_protection WHERE id = 1;") as string;
        }

        if (!string.Equals(stored, protection.KeyCheck, StringComparison.Ordinal))
        {
            throw new System.Security.Cryptography.CryptographicException($"The consent ledger '{Path}' is protected with another application key (the file's key check is {stored}, the key given has {protection.KeyCheck}); nothing was read or written.");
        }

        Protect(protection);
    }

    /// <summary>Turns on sealing with the application key, and <c>secure_delete</c> so that destroyed keys are overwritten, not just unlinked.</summary>
    private void Protect(ConsentDataProtection? protection)
    {
        if (protection is not null)
        {
            Execute("PRAGMA secure_delete = ON;");
            Protector = new SubjectKeyRing(this, protection);
        }
    }

    private object? ScalarOrNull(string sql)
    {
        using var command = Prepare(sql);
        var value = Translate(() => command.ExecuteScalar());
        return value is DBNull ? null : value;
    }

    private void CreateOrMigrate()
    {
        BeginWrite();
        try
        {
            // Re-read under the write lock: another process may have created the schema since we looked.
            var state = Inspect();
            CheckOwnership(state);
            var from = state.ApplicationId == 0 ? 0 : state.Version;
            MigratedFrom = from < LedgerSchema.CurrentVersion ? from : null;
            for (var version = from; version < LedgerSchema.CurrentVersion; version++)
            {
                Execute(LedgerSchema.Migrations[version]);
                Execute(string.Format(CultureInfo.InvariantCulture, "PRAGMA application_id = {0}; PRAGMA user_version = {1};", LedgerSchema.ApplicationId, version + 1));
            }

            foreach ((var type, var name) in LedgerSchema.RequiredObjects)
            {
                using var find = Prepare("SELECT count(*) FROM sqlite_master WHERE type = $type AND name = $name;");
                find.Parameters.AddWithValue("$type", type);
                find.Parameters.AddWithValue("$name", name);
                if (Convert.ToInt64(find.ExecuteScalar(), CultureInfo.InvariantCulture) != 1)
                {
                    throw new ConsentLedgerCorruptException(Path, $"the schema lacks the {type} '{name}' (the file was altered outside this package)");
                }
            }

            Commit();
        }
        catch
        {
            RollbackQuietly();
            throw;
        }
    }

    private void QuickCheck()
    {
        using var check = Prepare("PRAGMA quick_check(5);");
        var problems = new List<string>();
        using (var reader = check.ExecuteReader())
        {
            while (reader.Read())
            {
                problems.Add(reader.GetString(0));
            }
        }

        if (problems.Count != 1 || problems[0] != "ok")
        {
            throw new ConsentLedgerCorruptException(Path, "SQLite's integrity check failed (damaged or truncated file): " + string.Join("; ", problems));
        }
    }

    private void SetPragma(string name, string value, string? expected)
    {
        using var command = Prepare($"PRAGMA {name} = {value};");
        var result = command.ExecuteScalar();
        if (expected is not null && !string.Equals(Convert.ToString(result, CultureInfo.InvariantCulture), expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite refused PRAGMA {name} = {value} on '{Path}' (it answered '{result}'); WAL needs a local file system with shared memory.");
        }
    }

    private long ScalarInt64(string sql)
    {
        using var command = Prepare(sql);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var command = Prepare(sql);
        Translate(() => command.ExecuteNonQuery());
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private readonly struct FileState
    {
        internal FileState(long applicationId, long version, long objects)
        {
            ApplicationId = applicationId;
            Version = version;
            Objects = objects;
        }

        internal long ApplicationId { get; }

        internal long Version { get; }

        internal long Objects { get; }
    }
}
