using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace BiometricConsent.Consent;

/// <summary>
/// An immutable list that snapshots share: appending to the newest snapshot writes into a shared, doubling buffer
/// (amortised O(1)) instead of copying, while every older snapshot keeps seeing only its own prefix.
/// </summary>
/// <remarks>
/// A snapshot of <c>n</c> items owns slots <c>0..n-1</c> of its buffer, which are never written again. Appending to
/// it claims slot <c>n</c> with a compare-and-swap on the buffer's high-water mark; if another snapshot of the same
/// buffer already claimed it (the state was branched), the append copies instead. Inserting before the end copies
/// (O(n)). Readers need no lock: a snapshot is published only after its slots are written.
/// </remarks>
internal readonly struct SharedList<T>
{
    private readonly Buffer? buffer;

    private SharedList(Buffer buffer, int count)
    {
        this.buffer = buffer;
        Count = count;
    }

    internal int Count { get; }

    /// <summary>
    /// A list of the items, in a buffer with a quarter spare so that the next appends need no copy; the caller must
    /// not change <paramref name="items"/> afterwards.
    /// </summary>
    internal static SharedList<T> From(List<T> items)
    {
        var n = items.Count;
        if (n == 0)
        {
            return default;
        }

        var buffer = new T[n + Math.Max(4, n / 4)];
        items.CopyTo(buffer);
        return new SharedList<T>(new Buffer(buffer, n), n);
    }

    internal T this[int index] => buffer!.items[index];

    internal T Last => buffer!.items[Count - 1];

    /// <summary>Returns the list with <paramref name="item"/> appended; this list is unchanged.</summary>
    internal SharedList<T> Add(T item)
    {
        var b = buffer;
        var n = Count;
        if (b is not null && n < b.items.Length && Interlocked.CompareExchange(ref b.claimed, n + 1, n) == n)
        {
            b.items[n] = item;
            return new SharedList<T>(b, n + 1);
        }

        return Copy(n, item);
    }

    /// <summary>Returns the list with <paramref name="item"/> inserted at <paramref name="index"/>; copies unless it is an append.</summary>
    internal SharedList<T> Insert(int index, T item) => index == Count ? Add(item) : Copy(index, item);

    private SharedList<T> Copy(int index, T item)
    {
        var n = Count;
        var items = new T[Math.Max(4, (n + 1) * 2)];
        if (n > 0)
        {
            Array.Copy(buffer!.items, items, index);
            Array.Copy(buffer.items, index, items, index + 1, n - index);
        }

        items[index] = item;
        WorkCounter.Add(n);
        return new SharedList<T>(new Buffer(items, n + 1), n + 1);
    }

    /// <summary>
    /// The number of leading items for which <paramref name="before"/> holds, by binary search: the list must be
    /// ordered so that it holds for a prefix only.
    /// </summary>
    internal int PartitionPoint<TKey>(TKey key, Func<T, TKey, bool> before)
    {
        var low = 0;
        var high = Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (before(buffer!.items[mid], key))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>A read-only view of the snapshot.</summary>
    internal IReadOnlyList<T> AsReadOnlyList() => Count == 0 ? Array.Empty<T>() : new View(buffer!, Count);

    private sealed class Buffer
    {
        internal readonly T[] items;
        internal int claimed;

        internal Buffer(T[] items, int claimed)
        {
            this.items = items;
            this.claimed = claimed;
        }
    }

    // Not the array itself, so that callers cannot cast the list back and see or alter slots beyond the snapshot;
    // read-only as an IList<T> too, like ReadOnlyCollection<T>.
    private sealed class View : IList<T>, IReadOnlyList<T>
    {
        private readonly Buffer buffer;

        internal View(Buffer buffer, int count)
        {
            this.buffer = buffer;
            Count = count;
        }

        public int Count { get; }

        public bool IsReadOnly => true;

        public T this[int index]
        {
            get => (uint)index < (uint)Count ? buffer.items[index] : throw new ArgumentOutOfRangeException(nameof(index));
            set => throw ReadOnly();
        }

        public int IndexOf(T item) => Array.IndexOf(buffer.items, item, 0, Count);

        public bool Contains(T item) => IndexOf(item) >= 0;

        public void CopyTo(T[] array, int arrayIndex) => Array.Copy(buffer.items, 0, array, arrayIndex, Count);

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return buffer.items[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public void Add(T item) => throw ReadOnly();

        public void Insert(int index, T item) => throw ReadOnly();

        public bool Remove(T item) => throw ReadOnly();

        public void RemoveAt(int index) => throw ReadOnly();

        public void Clear() => throw ReadOnly();

        private static NotSupportedException ReadOnly() => new NotSupportedException("A ledger snapshot is read-only.");
    }
}

/// <summary>
/// Counts, per thread, the work that grows with a subject's history: items copied by <see cref="SharedList{T}"/> and
/// events re-swept when a backdated event forces the deletion duty to be recomputed. Tests assert on it to show that
/// replaying a history costs time linear in its length; it is not a timing.
/// </summary>
internal static class WorkCounter
{
    [ThreadStatic]
    private static long items;

    /// <summary>Items copied or re-swept on this thread so far.</summary>
    internal static long Items => items;

    internal static void Add(long count) => items += count;
}
