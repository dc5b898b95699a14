using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using BiometricConsent.Consent;

namespace BiometricConsent.Sqlite.Storage;

/// <summary>
/// The per-subject data keys of one connection (crypto-shredding): creates a subject's key when its first personal
/// field is sealed, stores it wrapped under the application key in <c>subject_keys</c>, and caches unwrapped keys.
/// Erasing a subject deletes its key rows; its sealed fields then read as redacted.
/// </summary>
/// <remarks>
/// Not thread-safe: used under the owner's lock, like the connection. The caches are only ever a subset of the table;
/// <see cref="ForgetAll"/> drops them when a transaction rolls back or another writer erases a subject.
/// </remarks>
internal sealed class SubjectKeyRing : IFieldProtector
{
    private readonly ISubjectKeyStore database;
    private readonly ConsentDataProtection protection;
    private readonly Dictionary<string, byte[]> keysById = new Dictionary<string, byte[]>(StringComparer.Ordinal);
    private readonly Dictionary<SubjectId, string> currentKey = new Dictionary<SubjectId, string>();

    internal SubjectKeyRing(ISubjectKeyStore database, ConsentDataProtection protection)
    {
        this.database = database;
        this.protection = protection;
    }

    /// <inheritdoc />
    public (string KeyId, string Data) Seal(SubjectId subject, byte[] personalJson)
    {
        if (!currentKey.TryGetValue(subject, out var keyId))
        {
            if (database.FindCurrentSubjectKey(subject) is { } row)
            {
                keyId = row.KeyId;
                keysById[keyId] = Unwrap(subject, keyId, row.Wrapped);
            }
            else
            {
                // A random id, never reused: a key created after an erasure can never be taken for the destroyed one.
                keyId = NewKeyId();
                var key = ConsentDataProtection.NewSubjectKey();
                database.InsertSubjectKey(keyId, subject, protection.WrapSubjectKey(key, Context(subject, keyId)));
                keysById[keyId] = key;
            }

            currentKey[subject] = keyId;
        }

        var sealedBytes = PersonalDataCipher.Encrypt(keysById[keyId], personalJson, AssociatedData(subject, keyId));
        return (keyId, Convert.ToBase64String(sealedBytes));
    }

    /// <inheritdoc />
    public byte[]? Unseal(SubjectId subject, string keyId, string data)
    {
        if (!keysById.TryGetValue(keyId, out var key))
        {
            if (database.FindSubjectKey(keyId) is not { } row)
            {
                return null;
            }

            if (!string.Equals(row.Subject, subject.Value, StringComparison.Ordinal))
            {
                throw new FormatException("$.protected.keyId names a key of another subject");
            }

            key = Unwrap(subject, keyId, row.Wrapped);
            keysById[keyId] = key;
        }

        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(data);
        }
        catch (FormatException e)
        {
            throw new FormatException("$.protected.data is not base64", e);
        }

        try
        {
            return PersonalDataCipher.Decrypt(key, sealedBytes, AssociatedData(subject, keyId));
        }
        catch (CryptographicException e)
        {
            throw new FormatException($"$.protected.data does not decrypt with the subject's key ({e.Message})", e);
        }
    }

    /// <summary>Destroys a subject's keys in the current write transaction.</summary>
    internal void Shred(SubjectId subject)
    {
        database.DeleteSubjectKeys(subject);
        ForgetAll();
    }

    /// <summary>
    /// Drops every cached key: after a rolled-back transaction or another writer's erasure the table, not the cache,
    /// is the truth. Erasures are rare, and the keys still in use are unwrapped again on demand.
    /// </summary>
    internal void ForgetAll()
    {
        keysById.Clear();
        currentKey.Clear();
    }

    /// <summary>With protection on, subjects must be pseudonyms unless the options allow plain identifiers.</summary>
    /// <param name="events">The events to append.</param>
    /// <param name="protection">The ledger's protection, if any.</param>
    /// <param name="allowPlainSubjectIds">The option that lets plain identifiers through.</param>
    /// <param name="optionsType">The ledger's options type, for the message.</param>
    /// <exception cref="ArgumentException">An event names a subject that is not a pseudonym.</exception>
    internal static void CheckPseudonyms(IReadOnlyList<ConsentEvent> events, ConsentDataProtection? protection, bool allowPlainSubjectIds, string optionsType)
    {
        if (protection is null || allowPlainSubjectIds)
        {
            return;
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (!SubjectKeyer.IsPseudonym(events[i].Subject))
            {
                throw new ArgumentException(
                    $"Event {i} names the subject '{events[i].Subject.Value}', which is not a pseudonym: this ledger protects personal data, so subjects are recorded as options.Protection.SubjectKeyer.Pseudonymise(identifier). Set {optionsType}.AllowPlainSubjectIds to record plain identifiers in clear.",
                    nameof(events));
            }
        }
    }

    private static string Context(SubjectId subject, string keyId) => subject.Value + "\n" + keyId;

    private static byte[] AssociatedData(SubjectId subject, string keyId) => Encoding.UTF8.GetBytes("fields:" + Context(subject, keyId));

    private static string NewKeyId()
    {
        var bytes = new byte[16];
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(bytes);
        }

        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private byte[] Unwrap(SubjectId subject, string keyId, byte[] wrapped)
    {
        try
        {
            return protection.UnwrapSubjectKey(wrapped, Context(subject, keyId));
        }
        catch (CryptographicException e)
        {
            throw new FormatException($"the data key {keyId} does not unwrap with the application key ({e.Message})", e);
        }
    }
}

/// <summary>Where a ledger keeps the wrapped per-subject data keys: the SQLite file, or a PostgreSQL schema.</summary>
/// <remarks>Called under the ledger's lock, inside its current transaction where one is open.</remarks>
internal interface ISubjectKeyStore
{
    /// <summary>A subject's data key row by its id: the subject and the wrapped key; null once deleted.</summary>
    (string Subject, byte[] Wrapped)? FindSubjectKey(string keyId);

    /// <summary>The data key row of a subject: its id and wrapped key; null when it has none.</summary>
    (string KeyId, byte[] Wrapped)? FindCurrentSubjectKey(SubjectId subject);

    /// <summary>Stores a new wrapped data key, inside the write transaction.</summary>
    void InsertSubjectKey(string keyId, SubjectId subject, byte[] wrapped);

    /// <summary>Destroys every data key of a subject, inside the write transaction.</summary>
    void DeleteSubjectKeys(SubjectId subject);
}
