namespace BiometricConsent.PostgreSql.Storage;

/// <summary>The ledger's tables, trigger and the locks and channel its instances share, in one PostgreSQL schema.</summary>
internal static class PostgreSqlSchema
{
    /// <summary>The schema version this package writes; the highest <c>ledger_meta.schema_version</c>.</summary>
    internal const int CurrentVersion = 2;

    /// <summary>The value of <c>ledger_meta.application</c> that marks a schema as a consent ledger's.</summary>
    internal const string Application = "BiometricConsent consent ledger";

    /// <summary>
    /// The first key of the transaction-level advisory lock (<c>pg_advisory_xact_lock(int, int)</c>) that serialises
    /// appends and schema creation; the second is <c>hashtext(schema)</c>. "BCLG" in ASCII.
    /// </summary>
    internal const int LockClass = 0x42434C47;

    /// <summary>The statements that create schema version 1; <c>{0}</c> is the quoted schema name. <see cref="ToVersion2"/> follows.</summary>
    internal const string Create = """
        CREATE SCHEMA IF NOT EXISTS {0};
        CREATE TABLE {0}.ledger_meta (
            application text NOT NULL,
            schema_version integer NOT NULL);
        CREATE TABLE {0}.consent_events (
            sequence bigint PRIMARY KEY CHECK (sequence > 0),
            recorded_at bigint NOT NULL,
            subject text NOT NULL,
            kind bigint NOT NULL,
            occurred_at bigint NOT NULL,
            payload text NOT NULL,
            checksum bytea NOT NULL CHECK (octet_length(checksum) = 32),
            idempotency_key text UNIQUE);
        CREATE INDEX consent_events_subject ON {0}.consent_events (subject, sequence);
        CREATE FUNCTION {0}.consent_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the consent ledger is append-only: % on consent_events is not allowed', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        CREATE TRIGGER consent_events_append_only BEFORE UPDATE OR DELETE ON {0}.consent_events
            FOR EACH ROW EXECUTE FUNCTION {0}.consent_events_append_only();
        CREATE TRIGGER consent_events_no_truncate BEFORE TRUNCATE ON {0}.consent_events
            FOR EACH STATEMENT EXECUTE FUNCTION {0}.consent_events_append_only();
        CREATE TRIGGER ledger_meta_append_only BEFORE UPDATE OR DELETE ON {0}.ledger_meta
            FOR EACH ROW EXECUTE FUNCTION {0}.consent_events_append_only();
        REVOKE ALL ON {0}.consent_events, {0}.ledger_meta FROM PUBLIC;
        INSERT INTO {0}.ledger_meta (application, schema_version) VALUES ('BiometricConsent consent ledger', 1);
        """;

    /// <summary>
    /// 1 -> 2: personal-data protection, as in the SQLite ledger's schema version 3. <c>ledger_protection</c> holds the
    /// check value of the application key the ledger is protected with (one row, written once); <c>subject_keys</c>
    /// the per-subject data keys, wrapped under the application key. A subject's rows are deleted when it is erased
    /// (crypto-shredding), so <c>subject_keys</c> is outside the checksum chain; it is never updated. ledger_meta
    /// cannot be updated (its trigger), so a migration appends a row and the highest version counts.
    /// </summary>
    internal const string ToVersion2 = """
        CREATE TABLE {0}.ledger_protection (
            id integer PRIMARY KEY CHECK (id = 1),
            key_check text NOT NULL CHECK (length(key_check) > 0));
        CREATE TABLE {0}.subject_keys (
            key_id text PRIMARY KEY,
            subject text NOT NULL,
            wrapped_key bytea NOT NULL);
        CREATE INDEX subject_keys_subject ON {0}.subject_keys (subject);
        CREATE TRIGGER ledger_protection_append_only BEFORE UPDATE OR DELETE ON {0}.ledger_protection
            FOR EACH ROW EXECUTE FUNCTION {0}.consent_events_append_only();
        CREATE TRIGGER subject_keys_no_update BEFORE UPDATE ON {0}.subject_keys
            FOR EACH ROW EXECUTE FUNCTION {0}.consent_events_append_only();
        REVOKE ALL ON {0}.ledger_protection, {0}.subject_keys FROM PUBLIC;
        INSERT INTO {0}.ledger_meta (application, schema_version) VALUES ('BiometricConsent consent ledger', 2);
        """;

    /// <summary>What a schema holds: whether the tables exist, its marker, its version and whether the trigger is enabled.</summary>
    internal const string Inspect = """
        SELECT to_regclass(@events) IS NOT NULL,
               to_regclass(@meta) IS NOT NULL,
               (SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = to_regclass(@events) AND t.tgname = 'consent_events_append_only' AND t.tgenabled <> 'D')
        """;
}
