using System;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite.Storage;
using Npgsql;
using NpgsqlTypes;

namespace BiometricConsent.PostgreSql.Storage;

/// <summary>
/// The <c>subject_keys</c> table of one ledger schema, for the shared <see cref="SubjectKeyRing"/>: run on the
/// connection (and inside the transaction) the ledger binds before each use, under its lock.
/// </summary>
/// <remarks>
/// Synchronous, as the key ring is: the calls come from the event codec while a batch is sealed or decoded, never while
/// a reader is open on the connection (the ledger reads a protected ledger's records before it decodes them).
/// </remarks>
internal sealed class PostgreSqlSubjectKeys : ISubjectKeyStore
{
    private readonly string quoted;
    private NpgsqlConnection? connection;
    private NpgsqlTransaction? transaction;

    internal PostgreSqlSubjectKeys(string quotedSchema) => quoted = quotedSchema;

    /// <summary>Sets the connection (and transaction, if any) the next calls run on.</summary>
    internal void Bind(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    public (string Subject, byte[] Wrapped)? FindSubjectKey(string keyId)
    {
        using var command = Command($"SELECT subject, wrapped_key FROM {quoted}.subject_keys WHERE key_id = @key");
        command.Parameters.AddWithValue("key", keyId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetFieldValue<byte[]>(1)) : null;
    }

    public (string KeyId, byte[] Wrapped)? FindCurrentSubjectKey(SubjectId subject)
    {
        // At most one row per subject: a key is created only when the subject has none, under the append lock.
        using var command = Command($"SELECT key_id, wrapped_key FROM {quoted}.subject_keys WHERE subject = @subject LIMIT 1");
        command.Parameters.AddWithValue("subject", subject.Value);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetFieldValue<byte[]>(1)) : null;
    }

    public void InsertSubjectKey(string keyId, SubjectId subject, byte[] wrapped)
    {
        using var command = Command($"INSERT INTO {quoted}.subject_keys (key_id, subject, wrapped_key) VALUES (@key, @subject, @wrapped)");
        command.Parameters.AddWithValue("key", keyId);
        command.Parameters.AddWithValue("subject", subject.Value);
        command.Parameters.Add(new NpgsqlParameter<byte[]>("wrapped", NpgsqlDbType.Bytea) { TypedValue = wrapped });
        command.ExecuteNonQuery();
    }

    public void DeleteSubjectKeys(SubjectId subject)
    {
        using var command = Command($"DELETE FROM {quoted}.subject_keys WHERE subject = @subject");
        command.Parameters.AddWithValue("subject", subject.Value);
        command.ExecuteNonQuery();
    }

    private NpgsqlCommand Command(string sql) =>
        new NpgsqlCommand(sql, connection ?? throw new InvalidOperationException("The subject keys are used before the ledger bound a connection."), transaction);
}
