using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace PartyOrg.Domain.Meetings;

/// <summary>
/// An append-only column of plain values in chunks of unmanaged memory, for the meeting builder's columns, which live
/// only until the log is built and are then copied into the log's arrays. Kept out of the garbage-collected heap, a
/// province's 350 MB of chunks neither fill the large object heap's budget (each time it fills, the collector marks the
/// whole heap: the other columns, the tree, the members) nor wait for a collection to be given back: the builder
/// releases them as soon as the log is built (<see cref="Release"/>), and the finalizer if it is dropped before that.
/// Not thread-safe, like the builder.
/// </summary>
/// <typeparam name="T">The value type (no references).</typeparam>
internal sealed unsafe class NativeColumn<T>
    where T : unmanaged
{
    // 32,768 values a chunk, as ChunkedColumn.
    private const int Shift = 15;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;
    private const int FirstSize = 16;

    private readonly List<IntPtr> chunks = new();

    // The chunk being filled: the common case of Add is one store.
    private T* current;
    private int inCurrent;
    private int currentSize;

    /// <summary>The number of values added.</summary>
    internal int Count { get; private set; }

    /// <summary>Whether the memory was given back (<see cref="Release"/>): nothing can be read any more.</summary>
    internal bool Released { get; private set; }

    /// <summary>The value at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>).</summary>
    internal T this[int index]
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ((T*)chunks[index >> Shift])[index & Mask];
        }
    }

    /// <summary>Appends <paramref name="item"/>.</summary>
    internal void Add(T item)
    {
        if (inCurrent < currentSize)
        {
            current[inCurrent++] = item;
            Count++;
            return;
        }

        AddToNewChunk(item);
    }

    /// <summary>Appends <paramref name="items"/>, in order.</summary>
    internal void AddRange(ReadOnlySpan<T> items)
    {
        while (items.Length > 0)
        {
            if (inCurrent == currentSize)
            {
                AddToNewChunk(items[0]);
                items = items.Slice(1);
                continue;
            }

            var n = Math.Min(items.Length, currentSize - inCurrent);
            items.Slice(0, n).CopyTo(new Span<T>(current + inCurrent, n));
            inCurrent += n;
            Count += n;
            items = items.Slice(n);
        }
    }

    /// <summary>The values as one array, with <paramref name="extra"/> default values after them.</summary>
    internal T[] ToArray(int extra = 0)
    {
        Readable();
        var array = new T[Count + extra];
        var left = Count;
        for (var c = 0; left > 0; c++)
        {
            var n = Math.Min(left, ChunkSize);
            new ReadOnlySpan<T>((void*)chunks[c], n).CopyTo(array.AsSpan(c * ChunkSize, n));
            left -= n;
        }

        return array;
    }

    /// <summary>Gives the memory back; the column cannot be read or added to afterwards.</summary>
    internal void Release()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    /// <summary>Gives the memory back when the column is dropped unreleased.</summary>
    ~NativeColumn() => Free();

    private void AddToNewChunk(T item)
    {
        Readable();
        if (Count < ChunkSize)
        {
            // The first chunk grows by doubling, so that a small log does not pay for whole chunks.
            var size = Count == 0 ? FirstSize : Math.Min(ChunkSize, Count * 2);
            var bytes = (IntPtr)((long)size * sizeof(T));
            if (chunks.Count == 0)
            {
                chunks.Add(Marshal.AllocHGlobal(bytes));
            }
            else
            {
                chunks[0] = Marshal.ReAllocHGlobal(chunks[0], bytes);
            }

            currentSize = size;
        }
        else
        {
            chunks.Add(Marshal.AllocHGlobal((IntPtr)((long)ChunkSize * sizeof(T))));
            currentSize = ChunkSize;
        }

        current = (T*)chunks[Count >> Shift];
        inCurrent = Count & Mask;
        current[inCurrent++] = item;
        Count++;
    }

    private void Readable()
    {
        if (Released)
        {
            throw new InvalidOperationException("The column was released: the log was built from it.");
        }
    }

    private void Free()
    {
        if (Released)
        {
            return;
        }

        Released = true;
        foreach (var chunk in chunks)
        {
            Marshal.FreeHGlobal(chunk);
        }

        chunks.Clear();
        current = null;
        inCurrent = currentSize = 0;
    }
}
