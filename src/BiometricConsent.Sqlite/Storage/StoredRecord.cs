using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace BiometricConsent.Sqlite.Storage;

/// <summary>One row of the events table, as stored: the columns that the checksum covers.</summary>
internal readonly struct StoredRecord
{
    private readonly string? payload;

    internal StoredRecord(long sequence, long recordedAtTicks, string subject, long kind, long occurredAtTicks, string payload, string? idempotencyKey = null)
    {
        IdempotencyKey = idempotencyKey;
        Sequence = sequence;
        RecordedAtTicks = recordedAtTicks;
        Subject = subject;
        Kind = kind;
        OccurredAtTicks = occurredAtTicks;
        this.payload = payload;
        PayloadUtf8 = null;
    }

    /// <summary>A record as read from the file, with the payload's UTF-8 bytes as stored (no UTF-16 copy until one is needed).</summary>
    internal StoredRecord(long sequence, long recordedAtTicks, string subject, long kind, long occurredAtTicks, byte[] payloadUtf8, string? idempotencyKey)
    {
        IdempotencyKey = idempotencyKey;
        Sequence = sequence;
        RecordedAtTicks = recordedAtTicks;
        Subject = subject;
        Kind = kind;
        OccurredAtTicks = occurredAtTicks;
        payload = null;
        PayloadUtf8 = payloadUtf8;
    }

    internal long Sequence { get; }

    /// <summary>When the ledger recorded the event, in ticks since the Unix epoch.</summary>
    internal long RecordedAtTicks { get; }

    internal string Subject { get; }

    internal long Kind { get; }

    /// <summary>When the event took effect, in ticks since the Unix epoch (for SQL queries; the payload is authoritative).</summary>
    internal long OccurredAtTicks { get; }

    internal string Payload => payload ?? Encoding.UTF8.GetString(PayloadUtf8!);

    /// <summary>The payload's UTF-8 bytes when the record was read from the file; null for a record being written.</summary>
    internal byte[]? PayloadUtf8 { get; }

    /// <summary>The event's idempotency key, or null (schema version 2; not in the checksum, but equal to the payload's, which is).</summary>
    internal string? IdempotencyKey { get; }
}

/// <summary>
/// The checksum chain: each record's checksum is SHA-256 over the previous record's checksum and every column of
/// the record. A changed byte, a torn record, a removed or reordered record breaks the chain at that record.
/// </summary>
/// <remarks>Not thread-safe: each connection owner keeps its own instance.</remarks>
internal sealed class RecordChecksum : IDisposable
{
    /// <summary>The length of a checksum in bytes.</summary>
    internal const int Length = 32;

    /// <summary>The "previous checksum" of record 1: all zeros.</summary>
    internal static readonly byte[] Genesis = new byte[Length];

    private readonly SHA256 sha = SHA256.Create();
    private byte[] buffer = new byte[512];

    /// <summary>Computes the checksum of <paramref name="record"/> following <paramref name="previous"/>.</summary>
    internal byte[] Compute(byte[] previous, in StoredRecord record)
    {
        var subjectBytes = Encoding.UTF8.GetByteCount(record.Subject);
        var utf8 = record.PayloadUtf8;
        var text = utf8 is null ? record.Payload : null;
        var payloadBytes = utf8?.Length ?? Encoding.UTF8.GetByteCount(text!);
        var size = Length + (8 * 4) + (4 * 2) + subjectBytes + payloadBytes;
        if (buffer.Length < size)
        {
            buffer = new byte[Math.Max(size, buffer.Length * 2)];
        }

        var offset = 0;
        Buffer.BlockCopy(previous, 0, buffer, 0, Length);
        offset += Length;
        offset = PutInt64(buffer, offset, record.Sequence);
        offset = PutInt64(buffer, offset, record.RecordedAtTicks);
        offset = PutInt64(buffer, offset, record.Kind);
        offset = PutInt64(buffer, offset, record.OccurredAtTicks);
        // Length prefixes keep the boundary between subject and payload unambiguous.
        offset = PutInt32(buffer, offset, subjectBytes);
        offset += Encoding.UTF8.GetBytes(record.Subject, 0, record.Subject.Length, buffer, offset);
        offset = PutInt32(buffer, offset, payloadBytes);
        if (utf8 is not null)
        {
            Buffer.BlockCopy(utf8, 0, buffer, offset, utf8.Length);
            offset += utf8.Length;
        }
        else
        {
            offset += Encoding.UTF8.GetBytes(text!, 0, text!.Length, buffer, offset);
        }
        return sha.ComputeHash(buffer, 0, offset);
    }

    /// <summary>Computes the checksum of a record read in place (<paramref name="subject"/> and <paramref name="payload"/> as their stored UTF-8).</summary>
    internal byte[] Compute(byte[] previous, long sequence, long recordedAtTicks, long kind, long occurredAtTicks, ReadOnlySpan<byte> subject, ReadOnlySpan<byte> payload)
    {
        var size = InputLength(subject.Length, payload.Length);
        if (buffer.Length < size)
        {
            buffer = new byte[Math.Max(size, buffer.Length * 2)];
        }

        var length = WriteInput(buffer, 0, previous, sequence, recordedAtTicks, kind, occurredAtTicks, subject, payload);
        return sha.ComputeHash(buffer, 0, length);
    }

    /// <summary>The length of the bytes hashed for a record with a subject and payload of these UTF-8 lengths.</summary>
    internal static int InputLength(int subjectBytes, int payloadBytes) => Length + (8 * 4) + (4 * 2) + subjectBytes + payloadBytes;

    /// <summary>
    /// Writes the bytes hashed for a record (see <see cref="InputLength"/>) at <paramref name="offset"/>, so that they
    /// can be hashed elsewhere (on another thread, when a ledger is opened); returns the offset after them.
    /// </summary>
    internal static int WriteInput(byte[] target, int offset, ReadOnlySpan<byte> previous, long sequence, long recordedAtTicks, long kind, long occurredAtTicks, ReadOnlySpan<byte> subject, ReadOnlySpan<byte> payload)
    {
        previous.CopyTo(target.AsSpan(offset, Length));
        offset += Length;
        offset = PutInt64(target, offset, sequence);
        offset = PutInt64(target, offset, recordedAtTicks);
        offset = PutInt64(target, offset, kind);
        offset = PutInt64(target, offset, occurredAtTicks);
        // Length prefixes keep the boundary between subject and payload unambiguous.
        offset = PutInt32(target, offset, subject.Length);
        subject.CopyTo(target.AsSpan(offset));
        offset += subject.Length;
        offset = PutInt32(target, offset, payload.Length);
        payload.CopyTo(target.AsSpan(offset));
        return offset + payload.Length;
    }

    /// <inheritdoc />
    public void Dispose() => sha.Dispose();

    private static int PutInt64(byte[] target, int offset, long value)
    {
        for (var i = 0; i < 8; i++)
        {
            target[offset + i] = (byte)(value >> (8 * i));
        }

        return offset + 8;
    }

    private static int PutInt32(byte[] target, int offset, int value)
    {
        for (var i = 0; i < 4; i++)
        {
            target[offset + i] = (byte)(value >> (8 * i));
        }

        return offset + 4;
    }
}

/// <summary>
/// The subject column's text, decoded once per subject: the records of one subject share one string, so a loaded
/// ledger holds a subject's identifier once rather than once per record, and reading a record allocates none.
/// </summary>
/// <remarks>Not thread-safe: one per connection. Holds every subject read, as the ledger's cache does.</remarks>
internal sealed class SubjectTexts
{
    private readonly Dictionary<int, (byte[] Utf8, string Text)> texts = new Dictionary<int, (byte[] Utf8, string Text)>();

    internal string Get(ReadOnlySpan<byte> utf8)
    {
        var hash = Hash(utf8);
        if (texts.TryGetValue(hash, out var known) && utf8.SequenceEqual(known.Utf8))
        {
            return known.Text;
        }

        var bytes = utf8.ToArray();
        var text = Encoding.UTF8.GetString(bytes);
        // On a hash collision the first subject keeps the slot; the other is decoded each time.
        if (!texts.ContainsKey(hash))
        {
            texts.Add(hash, (bytes, text));
        }

        return text;
    }

    // FNV-1a: cheap, and collisions only cost a decode.
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)hash;
    }
}

/// <summary>The position reached in the checksum chain: the last verified sequence number and its checksum.</summary>
internal sealed class ChainCursor
{
    internal long Sequence { get; private set; }

    internal byte[] Checksum { get; private set; } = RecordChecksum.Genesis;

    internal void Advance(long sequence, byte[] checksum)
    {
        Sequence = sequence;
        Checksum = checksum;
    }
}
