using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>
/// The two-stage read of a large section: the calling thread reads the text (UTF-8 check, tokens, the bounds of each
/// element) and copies the elements into batches; one worker thread parses the batches, in order, into the section's
/// slot. While the worker has batches waiting, the calling thread also does the part of parsing that needs nothing
/// shared (<see cref="SectionSlot.Prepare"/>) before it queues a batch. Only one thread ever touches the slot, and elements reach it in document order, so what is read — values,
/// problems and their order — is the same as when the calling thread does both stages.
/// </summary>
internal sealed partial class DocumentReader
{
    /// <summary>Hands the elements of one section array to its slot, on a worker thread once a first batch is full.</summary>
    private sealed class ElementPipe : IDisposable
    {
        /// <summary>Batches waiting to be parsed before the reading stage waits in turn (bounds the memory).</summary>
        private const int Pending = 4;

        private readonly SectionSlot slot;
        private readonly string path;
        private readonly int batchBytes;
        private readonly bool? prepare;
        private Batch current;
        private BlockingCollection<Batch>? full;
        private ConcurrentBag<Batch>? free;
        private Thread? worker;
        private volatile ExceptionDispatchInfo? failure;

        /// <param name="slot">The section's slot.</param>
        /// <param name="path">The section's JSON path.</param>
        /// <param name="batchBytes">Bytes of element text per batch; the worker starts when the first batch is full.</param>
        /// <param name="prepare">Whether this thread prepares each batch: null while the worker has batches waiting, true always, false never.</param>
        internal ElementPipe(SectionSlot slot, string path, int batchBytes, bool? prepare)
        {
            this.prepare = prepare;
            this.slot = slot;
            this.path = path;
            this.batchBytes = batchBytes;
            current = new Batch(batchBytes);
        }

        /// <summary>Queues element <paramref name="index"/>, the one after the last queued (its bytes are copied).</summary>
        internal void Add(ReadOnlySpan<byte> element, int index)
        {
            if (current.Count > 0 && current.Length + element.Length > batchBytes)
            {
                Send();
            }

            current.Add(element, index);
        }

        /// <summary>Waits until every queued element is in the slot; rethrows what the worker threw.</summary>
        internal void Complete()
        {
            if (worker is null)
            {
                current.ReadInto(slot, path);
                current.Clear();
                return;
            }

            if (current.Count > 0)
            {
                if (prepare == true)
                {
                    current.Prepare(slot);
                }

                full!.Add(current);
                current = new Batch(batchBytes);
            }

            Dispose();
            failure?.Throw();
        }

        /// <summary>Lets the worker finish what is queued and waits for it (after a failure of the reading stage, the rest of the section is not read).</summary>
        public void Dispose()
        {
            if (worker is null)
            {
                return;
            }

            full!.CompleteAdding();
            worker.Join();
            worker = null;
            full.Dispose();
            full = null;
        }

        private void Send()
        {
            // What the worker threw ends the reading now (the rest of the section is not read for nothing).
            failure?.Throw();
            if (worker is null)
            {
                full = new BlockingCollection<Batch>(new ConcurrentQueue<Batch>(), Pending);
                free = new ConcurrentBag<Batch>();
                worker = new Thread(Work) { IsBackground = true, Name = "PartyOrg JSON section reader" };
                worker.Start();
            }

            // The reading thread takes on the slot's preparing part only while the worker has batches waiting (it is the
            // slower of the two); otherwise the worker does it, so that neither waits for the other.
            if (prepare ?? full!.Count > 0)
            {
                current.Prepare(slot);
            }

            full!.Add(current);
            current = free!.TryTake(out var reused) ? reused : new Batch(batchBytes);
        }

        private void Work()
        {
            foreach (var batch in full!.GetConsumingEnumerable())
            {
                if (failure is null)
                {
                    try
                    {
                        batch.ReadInto(slot, path);
                    }
                    catch (Exception e)
                    {
                        // Kept for the reading stage, which rethrows it; the worker drains the queue so that the
                        // reading stage never waits for room that does not come.
                        failure = ExceptionDispatchInfo.Capture(e);
                    }
                }

                batch.Clear();
                free!.Add(batch);
            }
        }

        /// <summary>Consecutive elements' texts one after the other, with their starts and the first one's array index.</summary>
        private sealed class Batch
        {
            private readonly List<int> starts = new();
            private readonly int size;
            private byte[] bytes;

            internal Batch(int size)
            {
                this.size = size;
                bytes = new byte[Math.Min(size, 4096)];
            }

            private int first;

            /// <summary>What the slot prepared on the reading thread (<see cref="SectionSlot.Prepare"/>), kept for reuse.</summary>
            private object? prepared;

            /// <summary>Whether <see cref="prepared"/> belongs to the elements now in the batch.</summary>
            private bool isPrepared;

            internal int Count => starts.Count;

            /// <summary>Does the slot's reading-thread part for the elements in the batch (before it is queued).</summary>
            internal void Prepare(SectionSlot slot)
            {
                prepared = slot.Prepare(bytes, starts, Length, prepared);
                isPrepared = prepared is not null;
            }

            internal int Length { get; private set; }

            internal void Add(ReadOnlySpan<byte> element, int index)
            {
                if (Length + element.Length > bytes.Length)
                {
                    Array.Resize(ref bytes, Math.Max(checked(bytes.Length * 2), checked(Length + element.Length)));
                }

                if (starts.Count == 0)
                {
                    first = index;
                }

                element.CopyTo(new Span<byte>(bytes, Length, element.Length));
                starts.Add(Length);
                Length += element.Length;
            }

            internal void ReadInto(SectionSlot slot, string path)
            {
                for (var i = 0; i < starts.Count; i++)
                {
                    var end = i + 1 < starts.Count ? starts[i + 1] : Length;
                    var element = new ReadOnlyMemory<byte>(bytes, starts[i], end - starts[i]);
                    if (isPrepared)
                    {
                        slot.Read(element, path, first + i, prepared, i);
                    }
                    else
                    {
                        slot.Read(element, path, first + i);
                    }
                }
            }

            internal void Clear()
            {
                starts.Clear();
                Length = 0;
                isPrepared = false;
                if (bytes.Length > size)
                {
                    bytes = new byte[size];
                }
            }
        }
    }
}
