namespace BiometricConsent.Sqlite.Storage;

/// <summary>The on-disk schema and its versions.</summary>
internal static class LedgerSchema
{
    /// <summary>
    /// <c>PRAGMA application_id</c> of a consent ledger: the bytes "BCLG" (BiometricConsent LedGer), so that tools
    /// such as <c>file(1)</c> and this package recognise ledger files and reject other applications' databases.
    /// </summary>
    internal const int ApplicationId = 0x42434C47;

    /// <summary>The newest schema version (<c>PRAGMA user_version</c>) this package reads and writes.</summary>
    internal const int CurrentVersion = 3;

    internal const string EventsTable = "consent_events";

    /// <summary>
    /// The migrations, in order: <c>Migrations[n]</c> takes a database from version n to n + 1. Version 0 is an empty
    /// file. Each runs inside the same <c>BEGIN IMMEDIATE</c> transaction that sets the new <c>user_version</c>.
    /// </summary>
    internal static readonly string[] Migrations =
    {
        // 0 -> 1: the append-only events table. STRICT makes SQLite enforce the column types.
        """
        CREATE TABLE consent_events (
            sequence    INTEGER PRIMARY KEY NOT NULL CHECK (sequence >= 1),
            recorded_at INTEGER NOT NULL,
            subject     TEXT    NOT NULL CHECK (length(subject) > 0),
            kind        INTEGER NOT NULL CHECK (kind IN (1, 2, 3)),
            occurred_at INTEGER NOT NULL,
            payload     TEXT    NOT NULL,
            checksum    BLOB    NOT NULL CHECK (length(checksum) = 32)
        ) STRICT;
        CREATE INDEX consent_events_by_subject ON consent_events (subject, sequence);
        CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
        BEGIN
            SELECT RAISE(ABORT, 'consent_events is append-only: a record cannot be updated');
        END;
        CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events
        BEGIN
            SELECT RAISE(ABORT, 'consent_events is append-only: a record cannot be deleted');
        END;
        """,

        // 1 -> 2: idempotency keys. The key is also in the payload (which the checksum covers); the column carries the
        // unique index that stops a retried append from recording an event twice, even across processes.
        """
        ALTER TABLE consent_events ADD COLUMN idempotency_key TEXT CHECK (idempotency_key IS NULL OR length(idempotency_key) > 0);
        CREATE UNIQUE INDEX consent_events_by_idempotency_key ON consent_events (idempotency_key) WHERE idempotency_key IS NOT NULL;
        """,

        // 2 -> 3: personal-data protection. ledger_protection holds the check value of the application key the file is
        // protected with (one row, written once); subject_keys the per-subject data keys, wrapped under the application
        // key, that encrypt the personal fields of payload format 2. A key row is deleted when the subject's data is
        // erased (crypto-shredding), so subject_keys is outside the checksum chain; it is never updated. Records written
        // before the migration stay as they are (format 1, in clear): the chain forbids rewriting them.
        """
        CREATE TABLE ledger_protection (
            id        INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
            key_check TEXT    NOT NULL CHECK (length(key_check) > 0)
        ) STRICT;
        CREATE TRIGGER ledger_protection_no_update BEFORE UPDATE ON ledger_protection
        BEGIN
            SELECT RAISE(ABORT, 'ledger_protection cannot be updated: the key check names the key the records are sealed with');
        END;
        CREATE TABLE subject_keys (
            key_id      TEXT NOT NULL PRIMARY KEY CHECK (length(key_id) > 0),
            subject     TEXT NOT NULL CHECK (length(subject) > 0),
            wrapped_key BLOB NOT NULL
        ) STRICT;
        CREATE INDEX subject_keys_by_subject ON subject_keys (subject);
        CREATE TRIGGER subject_keys_no_update BEFORE UPDATE ON subject_keys
        BEGIN
            SELECT RAISE(ABORT, 'subject_keys cannot be updated: a key is created once and deleted on erasure');
        END;
        """,
    };

    /// <summary>The schema objects a current ledger must have, as (type, name).</summary>
    internal static readonly (string Type, string Name)[] RequiredObjects =
    {
        ("table", EventsTable),
        ("index", "consent_events_by_subject"),
        ("index", "consent_events_by_idempotency_key"),
        ("trigger", "consent_events_no_update"),
        ("trigger", "consent_events_no_delete"),
        ("table", "ledger_protection"),
        ("trigger", "ledger_protection_no_update"),
        ("table", "subject_keys"),
        ("index", "subject_keys_by_subject"),
        ("trigger", "subject_keys_no_update"),
    };
}
