using System;
using System.Collections.Generic;
using System.Text.Json;
using BiometricConsent.Consent;
using NodaTime;
using NodaTime.Text;

namespace BiometricConsent.Sqlite.Storage;

/// <summary>
/// The fast path of <see cref="EventCodec.Decode(SubjectId, long, string, IFieldProtector)"/> for opening large
/// ledgers: reads a payload of format 1 with a <see cref="Utf8JsonReader"/> straight from the stored UTF-8 bytes — no
/// <see cref="JsonDocument"/>, no UTF-16 copy of the payload, instants parsed without NodaTime's pattern engine.
/// </summary>
/// <remarks>
/// It accepts only what the encoder writes. Anything else — sealed fields (format 2), a missing, repeated or
/// mistyped property, an instant in an unusual form, a value the model rejects — makes it give up, and the caller
/// decodes the payload with <see cref="EventCodec"/>, which either reads it or names the problem precisely. So the
/// fast path never changes what is accepted or how an error reads; the tests decode every payload both ways.
/// </remarks>
internal static class Utf8EventDecoder
{
    // The property names of each kind, in the order of the bits that mark them seen.
    private static readonly byte[][] GrantedNames = { Utf8("grantedAt"), Utf8("purposes"), Utf8("modalities"), Utf8("functions"), Utf8("noticeVersion"), Utf8("form"), Utf8("separate"), Utf8("giver"), Utf8("subjectBirthDate"), Utf8("expiresAt"), Utf8("timeZone"), Utf8("evidenceReference"), Utf8("idempotencyKey") };
    private static readonly byte[][] WithdrawnNames = { Utf8("withdrawnAt"), Utf8("purposes"), Utf8("note"), Utf8("idempotencyKey") };
    private static readonly byte[][] DeletedNames = { Utf8("deletedAt"), Utf8("note"), Utf8("idempotencyKey") };
    private static readonly byte[][] GiverNames = { Utf8("kind"), Utf8("guardianIdentity"), Utf8("relationship") };

    [ThreadStatic]
    private static List<Purpose>? purposeBuffer;

    /// <summary>Decodes a format-1 payload; false when the caller must use <see cref="EventCodec"/>.</summary>
    internal static bool TryDecode(SubjectId subject, long kind, ReadOnlySpan<byte> payload, out ConsentEvent? result)
    {
        result = null;
        try
        {
            result = kind switch
            {
                (long)ConsentEventKind.Granted => Granted(subject, payload),
                (long)ConsentEventKind.Withdrawn => Withdrawn(subject, payload),
                (long)ConsentEventKind.DataDeleted => Deleted(subject, payload),
                _ => null,
            };
        }
        catch (Exception e) when (e is JsonException || e is ArgumentException || e is InvalidOperationException || e is FormatException || e is OverflowException)
        {
            // The model or the reader rejected something: the slow path reports it properly.
            result = null;
        }

        return result is not null;
    }

    private static ConsentGranted? Granted(SubjectId subject, ReadOnlySpan<byte> payload)
    {
        var reader = new Utf8JsonReader(payload);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var seen = 0;
        Instant grantedAt = default;
        List<Purpose>? purposes = null;
        int modalities = 0, functions = 0, form = 0, giverKind = 0;
        var separate = false;
        NoticeVersion notice = default;
        string? guardian = null, relationship = null, zoneId = null, evidence = null, key = null;
        LocalDate? birth = null;
        Instant? expires = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var bit = Bit(ref reader, ref seen, GrantedNames);
            if (bit < 0 || !reader.Read())
            {
                return null;
            }

            switch (bit)
            {
                case 0:
                    if (ReadInstant(ref reader) is not { } at)
                    {
                        return null;
                    }

                    grantedAt = at;
                    break;
                case 1:
                    purposes = ReadPurposes(ref reader);
                    if (purposes is null)
                    {
                        return null;
                    }

                    break;
                case 2:
                    modalities = reader.GetInt32();
                    break;
                case 3:
                    functions = reader.GetInt32();
                    break;
                case 4:
                    if (!ReadNotice(ref reader, out notice) && !NoticeVersion.TryParse(reader.GetString(), out notice))
                    {
                        return null;
                    }

                    break;
                case 5:
                    form = reader.GetInt32();
                    break;
                case 6:
                    separate = reader.GetBoolean();
                    break;
                case 7:
                    if (!ReadGiver(ref reader, out giverKind, out guardian, out relationship))
                    {
                        return null;
                    }

                    break;
                case 8:
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        var parsed = LocalDatePattern.Iso.Parse(reader.GetString()!);
                        if (!parsed.Success)
                        {
                            return null;
                        }

                        birth = parsed.Value;
                    }

                    break;
                case 9:
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        expires = ReadInstant(ref reader);
                        if (expires is null)
                        {
                            return null;
                        }
                    }

                    break;
                case 10:
                    zoneId = reader.GetString();
                    break;
                case 11:
                    evidence = reader.GetString();
                    break;
                default:
                    key = reader.GetString();
                    break;
            }
        }

        // Every property but the idempotency key is always written.
        const int required = (1 << 12) - 1;
        if ((seen & required) != required || reader.TokenType != JsonTokenType.EndObject)
        {
            return null;
        }

        var zone = zoneId is null ? null : EventCodec.ResolveZone(zoneId);
        if (zoneId is not null && zone is null)
        {
            return null;
        }

        var giver = giverKind switch
        {
            (int)ConsentGiverKind.Subject => ConsentGiver.Subject,
            (int)ConsentGiverKind.Guardian when guardian is not null => ConsentGiver.Guardian(guardian, relationship),
            _ => null,
        };
        return giver is null
            ? null
            : new ConsentGranted(subject, purposes!, (Modality)modalities, (RecognitionFunction)functions, notice, grantedAt, (ConsentForm)form, separate, giver, birth, expires, zone, evidence) { IdempotencyKey = key };
    }

    private static ConsentWithdrawn? Withdrawn(SubjectId subject, ReadOnlySpan<byte> payload)
    {
        var reader = new Utf8JsonReader(payload);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var seen = 0;
        Instant at = default;
        List<Purpose>? purposes = null;
        string? note = null, key = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var bit = Bit(ref reader, ref seen, WithdrawnNames);
            if (bit < 0 || !reader.Read())
            {
                return null;
            }

            switch (bit)
            {
                case 0:
                    if (ReadInstant(ref reader) is not { } instant)
                    {
                        return null;
                    }

                    at = instant;
                    break;
                case 1:
                    if (reader.TokenType != JsonTokenType.Null && (purposes = ReadPurposes(ref reader)) is null)
                    {
                        return null;
                    }

                    break;
                case 2:
                    note = reader.GetString();
                    break;
                default:
                    key = reader.GetString();
                    break;
            }
        }

        return (seen & 7) == 7 && reader.TokenType == JsonTokenType.EndObject
            ? new ConsentWithdrawn(subject, at, purposes, note) { IdempotencyKey = key }
            : null;
    }

    private static BiometricDataDeleted? Deleted(SubjectId subject, ReadOnlySpan<byte> payload)
    {
        var reader = new Utf8JsonReader(payload);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var seen = 0;
        Instant at = default;
        string? note = null, key = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var bit = Bit(ref reader, ref seen, DeletedNames);
            if (bit < 0 || !reader.Read())
            {
                return null;
            }

            switch (bit)
            {
                case 0:
                    if (ReadInstant(ref reader) is not { } instant)
                    {
                        return null;
                    }

                    at = instant;
                    break;
                case 1:
                    note = reader.GetString();
                    break;
                default:
                    key = reader.GetString();
                    break;
            }
        }

        return (seen & 3) == 3 && reader.TokenType == JsonTokenType.EndObject
            ? new BiometricDataDeleted(subject, at, note) { IdempotencyKey = key }
            : null;
    }

    /// <summary>The index of the current property name among <paramref name="names"/>, marking it seen; -1 when unknown or repeated.</summary>
    private static int Bit(ref Utf8JsonReader reader, ref int seen, byte[][] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                if ((seen & (1 << i)) != 0)
                {
                    return -1;
                }

                seen |= 1 << i;
                return i;
            }
        }

        return -1;
    }

    private static byte[] Utf8(string name) => System.Text.Encoding.UTF8.GetBytes(name);

    private static bool ReadGiver(ref Utf8JsonReader reader, out int kind, out string? guardian, out string? relationship)
    {
        kind = 0;
        guardian = null;
        relationship = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var bit = Bit(ref reader, ref seen, GiverNames);
            if (bit < 0 || !reader.Read())
            {
                return false;
            }

            switch (bit)
            {
                case 0:
                    kind = reader.GetInt32();
                    break;
                case 1:
                    guardian = reader.GetString();
                    break;
                default:
                    relationship = reader.GetString();
                    break;
            }
        }

        return seen == 7 && reader.TokenType == JsonTokenType.EndObject;
    }

    /// <summary>
    /// Reads the purposes into a list reused by the thread: the events' constructors keep only the purposes' mask (and
    /// a list shared per mask), never the list passed, so a list per record would only be garbage.
    /// </summary>
    private static List<Purpose>? ReadPurposes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var purposes = purposeBuffer ??= new List<Purpose>(4);
        purposes.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.Number)
        {
            purposes.Add((Purpose)reader.GetInt32());
        }

        return reader.TokenType == JsonTokenType.EndArray ? purposes : null;
    }

    /// <summary>
    /// Parses the encoder's form of an instant, <c>yyyy-MM-ddTHH:mm:ss[.f…]Z</c> with 1–9 fractional digits, without
    /// escapes; null for anything else (years outside 0001–9999 included), which the slow path then handles.
    /// </summary>
    private static Instant? ReadInstant(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return null;
        }

        var s = reader.ValueSpan;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[s.Length - 1] != 'Z')
        {
            return null;
        }

        var year = Digits(s, 0, 4);
        var month = Digits(s, 5, 2);
        var day = Digits(s, 8, 2);
        var hour = Digits(s, 11, 2);
        var minute = Digits(s, 14, 2);
        var second = Digits(s, 17, 2);
        long nanos = 0;
        if (s.Length > 20)
        {
            var fraction = s.Length - 21;
            if (s[19] != '.' || fraction < 1 || fraction > 9)
            {
                return null;
            }

            nanos = Digits(s, 20, fraction);
            for (var i = fraction; i < 9; i++)
            {
                nanos *= 10;
            }
        }

        if ((year | month | day | hour | minute | second) < 0 || nanos < 0 || year < 1 || month < 1 || month > 12 || day < 1 ||
            day > CalendarSystem.Iso.GetDaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        return new LocalDateTime(year, month, day, hour, minute, second).InUtc().ToInstant().PlusNanoseconds(nanos);
    }

    /// <summary>
    /// Reads a notice version in its canonical form, <c>major[.minor[.patch]]</c> with 1–9 digits each, without the
    /// strings <see cref="NoticeVersion.TryParse"/> splits it into; false for anything else (white space, escapes),
    /// which that method then reads or rejects.
    /// </summary>
    private static bool ReadNotice(ref Utf8JsonReader reader, out NoticeVersion notice)
    {
        notice = default;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return false;
        }

        var s = reader.ValueSpan;
        Span<int> components = stackalloc int[3];
        var part = 0;
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && s[i] != '.')
            {
                continue;
            }

            var length = i - start;
            if (part == 3 || length < 1 || length > 9 || (components[part++] = Digits(s, start, length)) < 0)
            {
                return false;
            }

            start = i + 1;
        }

        notice = new NoticeVersion(components[0], components[1], components[2]);
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> s, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = s[i] - '0';
            if (d < 0 || d > 9)
            {
                return -1;
            }

            value = (value * 10) + d;
        }

        return value;
    }
}
