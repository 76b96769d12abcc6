using System.Collections.Concurrent;

namespace Disclosure.Extract.Recognition;

/// <summary>A thread-safe memo of computed results that starts afresh at a size limit, so a long batch cannot grow it without bound.</summary>
internal sealed class BoundedMemo<TKey, TValue>(int limit, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private ConcurrentDictionary<TKey, TValue> _entries = new(comparer);
    // Counted here: ConcurrentDictionary.Count takes every lock of the table, which cost a third of label classification.
    private int _count;

    public bool TryGet(TKey key, out TValue value) => Volatile.Read(ref _entries).TryGetValue(key, out value!);

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/> (unless another thread was first) and returns it.</summary>
    public TValue Add(TKey key, TValue value)
    {
        if (Volatile.Read(ref _entries).TryAdd(key, value) && Interlocked.Increment(ref _count) >= limit)
        {
            Volatile.Write(ref _entries, new ConcurrentDictionary<TKey, TValue>(comparer));
            Interlocked.Exchange(ref _count, 0);
        }
        return value;
    }
}
