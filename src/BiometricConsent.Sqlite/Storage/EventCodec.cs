using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using BiometricConsent.Consent;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Sqlite.Storage;

/// <summary>
/// The JSON payload of a stored event (payload format 1). The subject and kind live in their own columns.
/// </summary>
/// <remarks>
/// Enumerations are stored by their numeric values, which the model declares stable, so that renaming a member
/// never makes old records unreadable. Instants are ISO-8601 UTC with up to nine fractional digits, so they round
/// trip exactly; time zones are stored by id and resolved in TZDB, then in the BCL provider.
/// </remarks>
internal static class EventCodec
{
    private const string IdempotencyKeyProperty = "idempotencyKey";
    private const string ProtectedProperty = "protected";

    /// <summary>Encodes an event's payload.</summary>
    /// <exception cref="ArgumentException">The event's time zone cannot be resolved from its id, so it could not be read back.</exception>
    internal static string Encode(ConsentEvent @event, string paramName) => Encode(@event, paramName, protector: null);

    /// <summary>
    /// Encodes an event's payload; with a <paramref name="protector"/>, the personal fields (a guardian's identity and
    /// relationship, the subject's birth date, a withdrawal's note) are left out of the JSON and sealed by the protector
    /// into a <c>protected</c> object (payload format 2). A deletion's note stays in clear: it documents the erasure.
    /// </summary>
    /// <exception cref="ArgumentException">The event's time zone cannot be resolved from its id, so it could not be read back.</exception>
    internal static string Encode(ConsentEvent @event, string paramName, IFieldProtector? protector)
    {
        var personal = protector is null ? null : EncodePersonal(@event);
        using var stream = new MemoryStream(256);
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            switch (@event)
            {
                case ConsentGranted g:
                    WriteInstant(writer, "grantedAt", g.GrantedAt);
                    writer.WriteStartArray("purposes");
                    foreach (var purpose in g.Purposes)
                    {
                        writer.WriteNumberValue((int)purpose);
                    }

                    writer.WriteEndArray();
                    writer.WriteNumber("modalities", (int)g.Modalities);
                    writer.WriteNumber("functions", (int)g.Functions);
                    writer.WriteString("noticeVersion", g.NoticeVersion.ToString());
                    writer.WriteNumber("form", (int)g.Form);
                    writer.WriteBoolean("separate", g.IsSeparate);
                    writer.WriteStartObject("giver");
                    writer.WriteNumber("kind", (int)g.Giver.Kind);
                    if (personal is null)
                    {
                        WriteGiverIdentity(writer, g.Giver);
                    }

                    writer.WriteEndObject();
                    if (personal is null)
                    {
                        WriteBirthDate(writer, g);
                    }

                    WriteOptional(writer, "expiresAt", g.ExpiresAt is { } expiry ? InstantPattern.ExtendedIso.Format(expiry) : null);
                    WriteOptional(writer, "timeZone", g.TimeZone is { } zone ? CheckZone(zone, paramName) : null);
                    WriteOptional(writer, "evidenceReference", g.EvidenceReference);
                    break;

                case ConsentWithdrawn w:
                    WriteInstant(writer, "withdrawnAt", w.WithdrawnAt);
                    if (w.IsForAllPurposes)
                    {
                        writer.WriteNull("purposes");
                    }
                    else
                    {
                        writer.WriteStartArray("purposes");
                        foreach (var purpose in w.Purposes)
                        {
                            writer.WriteNumberValue((int)purpose);
                        }

                        writer.WriteEndArray();
                    }

                    if (personal is null)
                    {
                        WriteOptional(writer, "note", w.Note);
                    }

                    break;

                case BiometricDataDeleted d:
                    WriteInstant(writer, "deletedAt", d.DeletedAt);
                    WriteOptional(writer, "note", d.Note);
                    break;

                default:
                    // Unreachable: the event hierarchy is closed.
                    throw new ArgumentException($"Unknown event type {@event.GetType()}.", paramName);
            }

            if (personal is not null)
            {
                var (keyId, data) = protector!.Seal(@event.Subject, personal);
                writer.WriteStartObject(ProtectedProperty);
                writer.WriteString("keyId", keyId);
                writer.WriteString("data", data);
                writer.WriteEndObject();
            }

            // Written only when present, so that an event without one is stored exactly as in format 1.
            if (@event.IdempotencyKey is { } key)
            {
                writer.WriteString(IdempotencyKeyProperty, key);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Decodes a stored event.</summary>
    /// <exception cref="FormatException">The payload is not a valid event of the kind; the message names the property.</exception>
    internal static ConsentEvent Decode(SubjectId subject, long kind, string payload) => Decode(subject, kind, payload, protector: null);

    /// <summary>
    /// Decodes a stored event of payload format 1 or 2. The personal fields of format 2 are unsealed by
    /// <paramref name="protector"/>; when it reports the subject's key destroyed, they read in the redacted form
    /// (<see cref="ConsentDataProtection.ErasedValue"/> for a guardian's identity, null for the rest).
    /// </summary>
    /// <exception cref="FormatException">The payload is not a valid event of the kind, or holds sealed fields and there is no protector.</exception>
    internal static ConsentEvent Decode(SubjectId subject, long kind, string payload, IFieldProtector? protector)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload);
        }
        catch (JsonException e)
        {
            throw new FormatException($"the payload is not JSON ({e.Message})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("the payload is not a JSON object");
            }

            JsonDocument? unsealed = null;
            try
            {
                // Absent from records written before idempotency keys (and from events without one).
                var key = root.TryGetProperty(IdempotencyKeyProperty, out _) ? ReadString(root, IdempotencyKeyProperty) : null;
                var personal = Personal.Of(root, subject, protector, out unsealed);
                return kind switch
                {
                    (long)ConsentEventKind.Granted => new ConsentGranted(
                        subject,
                        ReadPurposes(root, "purposes") ?? throw new FormatException("$.purposes is null"),
                        (Modality)ReadInt(root, "modalities"),
                        (RecognitionFunction)ReadInt(root, "functions"),
                        ReadNoticeVersion(root),
                        ReadInstant(root, "grantedAt"),
                        (ConsentForm)ReadInt(root, "form"),
                        ReadBool(root, "separate"),
                        ReadGiver(root, personal),
                        personal.IsRedacted ? null : ReadOptional(personal.Fields, "subjectBirthDate", LocalDatePattern.Iso),
                        ReadOptional(root, "expiresAt", InstantPattern.ExtendedIso),
                        ReadZone(root),
                        ReadString(root, "evidenceReference"))
                    { IdempotencyKey = key },
                    (long)ConsentEventKind.Withdrawn => new ConsentWithdrawn(
                        subject,
                        ReadInstant(root, "withdrawnAt"),
                        ReadPurposes(root, "purposes"),
                        personal.IsRedacted ? null : ReadString(personal.Fields, "note"))
                    { IdempotencyKey = key },
                    (long)ConsentEventKind.DataDeleted => new BiometricDataDeleted(
                        subject,
                        ReadInstant(root, "deletedAt"),
                        ReadString(root, "note"))
                    { IdempotencyKey = key },
                    _ => throw new FormatException($"the event kind {kind} is unknown"),
                };
            }
            catch (ArgumentException e)
            {
                // The model rejected a stored value: the record cannot have been written by this ledger.
                throw new FormatException($"the payload holds an invalid event ({e.Message})", e);
            }
            finally
            {
                unsealed?.Dispose();
            }
        }
    }

    /// <summary>Resolves a stored time-zone id: TZDB first, then the BCL provider.</summary>
    internal static DateTimeZone? ResolveZone(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? DateTimeZoneProviders.Bcl.GetZoneOrNull(id);

    private static string CheckZone(DateTimeZone zone, string paramName) => ResolveZone(zone.Id) is not null
        ? zone.Id
        : throw new ArgumentException($"The time zone '{zone.Id}' of a ConsentGranted is known to neither the TZDB nor the BCL provider, so the record could not be read back.", paramName);

    private static void WriteInstant(Utf8JsonWriter writer, string name, Instant instant) =>
        writer.WriteString(name, InstantPattern.ExtendedIso.Format(instant));

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static JsonElement Property(JsonElement parent, string name, string path)
    {
        return parent.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"{path} is missing");
    }

    private static int ReadInt(JsonElement root, string name)
    {
        var value = Property(root, name, "$." + name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new FormatException($"$.{name} is not an integer");
    }

    private static bool ReadBool(JsonElement root, string name)
    {
        var value = Property(root, name, "$." + name);
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new FormatException($"$.{name} is not a boolean"),
        };
    }

    private static string? ReadString(JsonElement parent, string name, string? path = null)
    {
        path ??= "$." + name;
        var value = Property(parent, name, path);
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => throw new FormatException($"{path} is not a string or null"),
        };
    }

    private static T? ReadOptional<T>(JsonElement root, string name, IPattern<T> pattern)
        where T : struct
    {
        var text = ReadString(root, name);
        if (text is null)
        {
            return null;
        }

        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new FormatException($"$.{name} '{text}' is not valid ({result.Exception.Message})");
    }

    private static Instant ReadInstant(JsonElement root, string name) =>
        ReadOptional(root, name, InstantPattern.ExtendedIso) ?? throw new FormatException($"$.{name} is null");

    private static NoticeVersion ReadNoticeVersion(JsonElement root)
    {
        var text = ReadString(root, "noticeVersion");
        return NoticeVersion.TryParse(text, out var version)
            ? version
            : throw new FormatException($"$.noticeVersion '{text}' is not a notice version");
    }

    private static ConsentGiver ReadGiver(JsonElement root, Personal personal)
    {
        var giver = Property(root, "giver", "$.giver");
        if (giver.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("$.giver is not an object");
        }

        // Format 1 keeps the identity in $.giver; format 2 in the sealed object.
        var identity = personal.IsProtected ? personal.Fields : giver;
        var prefix = personal.IsProtected ? "$.protected." : "$.giver.";
        var kind = ReadInt(giver, "kind");
        return kind switch
        {
            (int)ConsentGiverKind.Subject => ConsentGiver.Subject,
            (int)ConsentGiverKind.Guardian when personal.IsRedacted => ConsentGiver.Guardian(ConsentDataProtection.ErasedValue),
            (int)ConsentGiverKind.Guardian => ConsentGiver.Guardian(
                ReadString(identity, "guardianIdentity", prefix + "guardianIdentity") ?? throw new FormatException(prefix + "guardianIdentity is null for a guardian"),
                ReadString(identity, "relationship", prefix + "relationship")),
            _ => throw new FormatException($"$.giver.kind {kind} is unknown"),
        };
    }

    private static void WriteGiverIdentity(Utf8JsonWriter writer, ConsentGiver giver)
    {
        WriteOptional(writer, "guardianIdentity", giver.GuardianIdentity);
        WriteOptional(writer, "relationship", giver.Relationship);
    }

    private static void WriteBirthDate(Utf8JsonWriter writer, ConsentGranted grant) =>
        WriteOptional(writer, "subjectBirthDate", grant.SubjectBirthDate is { } birth ? LocalDatePattern.Iso.Format(birth) : null);

    /// <summary>The personal fields of an event as a JSON object, or null when it has none to seal.</summary>
    private static byte[]? EncodePersonal(ConsentEvent @event)
    {
        if (@event is ConsentGranted { Giver.Kind: ConsentGiverKind.Subject, SubjectBirthDate: null } || @event is ConsentWithdrawn { Note: null } || @event is BiometricDataDeleted)
        {
            return null;
        }

        using var stream = new MemoryStream(128);
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            if (@event is ConsentGranted g)
            {
                WriteGiverIdentity(writer, g.Giver);
                WriteBirthDate(writer, g);
            }
            else
            {
                WriteOptional(writer, "note", ((ConsentWithdrawn)@event).Note);
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Where an event's personal fields are read from: the payload itself (format 1), a sealed object (format 2), or nowhere (redacted).</summary>
    private readonly struct Personal
    {
        private Personal(JsonElement fields, bool isProtected, bool isRedacted)
        {
            Fields = fields;
            IsProtected = isProtected;
            IsRedacted = isRedacted;
        }

        internal JsonElement Fields { get; }

        internal bool IsProtected { get; }

        internal bool IsRedacted { get; }

        internal static Personal Of(JsonElement root, SubjectId subject, IFieldProtector? protector, out JsonDocument? unsealed)
        {
            unsealed = null;
            if (!root.TryGetProperty(ProtectedProperty, out var sealedObject))
            {
                // Format 1, or format 2 with nothing to seal: the fields that exist are in the payload.
                return new Personal(root, isProtected: false, isRedacted: false);
            }

            if (sealedObject.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("$.protected is not an object");
            }

            if (protector is null)
            {
                throw new FormatException("the record's personal fields are encrypted, and the ledger was opened without the application key");
            }

            var keyId = ReadString(sealedObject, "keyId", "$.protected.keyId") ?? throw new FormatException("$.protected.keyId is null");
            var data = ReadString(sealedObject, "data", "$.protected.data") ?? throw new FormatException("$.protected.data is null");
            var plain = protector.Unseal(subject, keyId, data);
            if (plain is null)
            {
                return new Personal(default, isProtected: true, isRedacted: true);
            }

            try
            {
                unsealed = JsonDocument.Parse(plain);
            }
            catch (JsonException e)
            {
                throw new FormatException($"$.protected.data does not hold JSON ({e.Message})", e);
            }

            return unsealed.RootElement.ValueKind == JsonValueKind.Object
                ? new Personal(unsealed.RootElement, isProtected: true, isRedacted: false)
                : throw new FormatException("$.protected.data does not hold a JSON object");
        }
    }

    private static DateTimeZone? ReadZone(JsonElement root)
    {
        var id = ReadString(root, "timeZone");
        return id is null ? null : ResolveZone(id) ?? throw new FormatException($"$.timeZone '{id}' is not a known time zone");
    }

    private static List<Purpose>? ReadPurposes(JsonElement root, string name)
    {
        var value = Property(root, name, "$." + name);
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"$.{name} is not an array or null");
        }

        var purposes = new List<Purpose>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            purposes.Add(item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var number)
                ? (Purpose)number
                : throw new FormatException($"$.{name}[{index}] is not an integer"));
            index++;
        }

        return purposes;
    }
}

/// <summary>
/// Seals and unseals the personal fields of a subject's events (crypto-shredding): an implementation keeps one data
/// key per subject and destroys it on erasure. Declared here so that ledgers which link this file need nothing else.
/// </summary>
internal interface IFieldProtector
{
    /// <summary>Encrypts the personal-field JSON of an event of <paramref name="subject"/>; returns the key id and the ciphertext, both as text.</summary>
    (string KeyId, string Data) Seal(SubjectId subject, byte[] personalJson);

    /// <summary>Decrypts sealed fields; null when the key has been destroyed (the subject was erased).</summary>
    /// <exception cref="FormatException">The key exists but the data does not authenticate (altered, or another subject's).</exception>
    byte[]? Unseal(SubjectId subject, string keyId, string data);
}
