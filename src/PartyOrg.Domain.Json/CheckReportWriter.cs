using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Json;

/// <summary>
/// Writes the report of <c>check</c> — the JSON report and the NDJSON finding lines — straight from the
/// <see cref="ComplianceReport"/>, byte for byte the text of <see cref="PartyOrgJson.Serialize{T}(Stream, T)"/> over
/// <see cref="ReportContracts.FromReport(ComplianceReport, string?)"/> (and of one finding's contract on one line).
/// A province's report has hundreds of thousands of findings: each is written from the finding itself (no contract
/// objects), each distinct list of citations is serialized once and copied, and the findings are formatted in chunks,
/// on up to <c>maxThreads</c> threads, each chunk into its own buffer, the chunks written out in report order (the
/// text does not depend on the number of threads). Memory stays bounded: a few chunks are in flight at a time.
/// </summary>
internal static class CheckReportWriter
{
    /// <summary>Findings per chunk (about 300 KB of indented report).</summary>
    internal const int DefaultChunkSize = 256;

    private static readonly JsonEncodedText AsOfName = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText AsOfSourceName = JsonEncodedText.Encode("asOfSource");
    private static readonly JsonEncodedText ProfileName = JsonEncodedText.Encode("profile");
    private static readonly JsonEncodedText WindowName = JsonEncodedText.Encode("window");
    private static readonly JsonEncodedText FindingsName = JsonEncodedText.Encode("findings");
    private static readonly JsonEncodedText SummaryName = JsonEncodedText.Encode("summary");

    /// <summary>
    /// Writes the JSON report, ending with a line break: the same bytes as
    /// <c>PartyOrgJson.Serialize(output, ReportContracts.FromReport(report, asOfSource))</c>.
    /// </summary>
    /// <param name="output">Where the UTF-8 text goes (not flushed).</param>
    /// <param name="report">The report.</param>
    /// <param name="asOfSource">Where the "as of" date came from, or null.</param>
    /// <param name="maxThreads">The most threads formatting findings (1: the calling thread only).</param>
    /// <param name="chunkSize">Findings per chunk (tests use small ones).</param>
    internal static void WriteReport(Stream output, ComplianceReport report, string? asOfSource, int maxThreads, int chunkSize = DefaultChunkSize)
    {
        Check(output, report, maxThreads, chunkSize);
        var options = PartyOrgJson.Options(indented: true);
        var envelope = ReportContracts.Envelope(report, asOfSource);
        using (var writer = new Utf8JsonWriter(output, WriterOptions(options)))
        {
            // The properties of CheckReportContract, in its order and with its omissions (a test holds the two together).
            writer.WriteStartObject();
            writer.WritePropertyName(AsOfName);
            JsonSerializer.Serialize(writer, envelope.AsOf, (JsonTypeInfo<LocalDate>)options.GetTypeInfo(typeof(LocalDate)));
            if (envelope.AsOfSource is { } source)
            {
                writer.WriteString(AsOfSourceName, source);
            }

            if (envelope.Profile is { } profile)
            {
                writer.WriteString(ProfileName, profile);
            }

            if (envelope.Window is { } window)
            {
                writer.WritePropertyName(WindowName);
                JsonSerializer.Serialize(writer, window, (JsonTypeInfo<WindowContract>)options.GetTypeInfo(typeof(WindowContract)));
            }

            writer.WritePropertyName(FindingsName);
            writer.WriteStartArray();
            var first = true;
            Chunks(report.Findings, maxThreads, chunkSize, () => new FindingJsonWriter(options, FindingJsonWriter.Layout.ReportElement), chunk =>
            {
                // Each chunk is the text of its findings as elements of this array ("\n    {…},\n    {…}"). The first
                // goes through the writer, which then knows the array has elements (its end goes on a line of its
                // own) and puts a comma before anything written after; the others are copied to the output directly,
                // each after the comma the writer would have written.
                if (first)
                {
                    writer.WriteRawValue(chunk, skipInputValidation: true);
                    writer.Flush();
                    first = false;
                }
                else
                {
                    output.WriteByte((byte)',');
                    Write(output, chunk);
                }
            });
            writer.WriteEndArray();
            if (envelope.Summary is { } summary)
            {
                writer.WritePropertyName(SummaryName);
                JsonSerializer.Serialize(writer, summary, (JsonTypeInfo<SummaryContract>)options.GetTypeInfo(typeof(SummaryContract)));
            }

            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Writes one line per finding in report order: the finding's object of the JSON report on one line, with
    /// <c>"document": <paramref name="document"/></c> as its first property when a document is named.
    /// </summary>
    /// <param name="output">Where the UTF-8 text goes (not flushed).</param>
    /// <param name="report">The report.</param>
    /// <param name="document">The document's name, or null.</param>
    /// <param name="maxThreads">The most threads formatting findings (1: the calling thread only).</param>
    /// <param name="chunkSize">Findings per chunk (tests use small ones).</param>
    internal static void WriteLines(Stream output, ComplianceReport report, string? document, int maxThreads, int chunkSize = DefaultChunkSize)
    {
        Check(output, report, maxThreads, chunkSize);
        var options = PartyOrgJson.Options(indented: false);
        JsonEncodedText? name = document is null ? null : JsonEncodedText.Encode(document, options.Encoder);
        Chunks(report.Findings, maxThreads, chunkSize, () => new FindingJsonWriter(options, FindingJsonWriter.Layout.Line, name), chunk => Write(output, chunk));
    }

    private static void Check(Stream output, ComplianceReport report, int maxThreads, int chunkSize)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        if (maxThreads < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxThreads), maxThreads, "At least one thread is needed.");
        }

        if (chunkSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(chunkSize), chunkSize, "A chunk holds at least one finding.");
        }
    }

    /// <summary>The writer settings the serializer derives from <paramref name="options"/>.</summary>
    internal static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth,
        SkipValidation = true,
    };

    private static void Write(Stream output, ReadOnlySpan<byte> bytes)
    {
#if NETSTANDARD2_0
        var array = ArrayPool<byte>.Shared.Rent(bytes.Length);
        try
        {
            bytes.CopyTo(array);
            output.Write(array, 0, bytes.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(array);
        }
#else
        output.Write(bytes);
#endif
    }

    /// <summary>
    /// Formats the findings chunk by chunk on up to <paramref name="maxThreads"/> threads (the calling thread and
    /// helpers) and hands each chunk's text to <paramref name="write"/> on the calling thread, in order. A thread takes
    /// the next chunk not yet taken, as long as fewer than a window of chunks wait to be written; the calling thread
    /// writes the next chunk when it is ready and formats one itself while it is not.
    /// </summary>
    internal static void Chunks(IReadOnlyList<Finding> findings, int maxThreads, int chunkSize, Func<FindingJsonWriter> newWriter, ChunkWriter write)
    {
        var chunks = (int)(((long)findings.Count + chunkSize - 1) / chunkSize);
        if (chunks == 0)
        {
            return;
        }

        var helpers = Math.Min(maxThreads, chunks) - 1;
        var pipeline = new Pipeline(findings, chunks, chunkSize, helpers == 0 ? 1 : 4 * (helpers + 1));
        var threads = new System.Threading.Thread[helpers];
        for (var t = 0; t < helpers; t++)
        {
            var own = newWriter();
            threads[t] = new System.Threading.Thread(() => pipeline.Help(own)) { IsBackground = true, Name = "PartyOrg report formatter" };
        }

        try
        {
            foreach (var thread in threads)
            {
                thread.Start();
            }

            pipeline.Run(newWriter(), write);
        }
        finally
        {
            pipeline.Stop();
            foreach (var thread in threads)
            {
                if (thread.ThreadState != System.Threading.ThreadState.Unstarted)
                {
                    thread.Join();
                }
            }

            pipeline.Return();
        }
    }

    /// <summary>Receives a chunk's text.</summary>
    internal delegate void ChunkWriter(ReadOnlySpan<byte> chunk);

    /// <summary>The chunks in flight: who formats which, and which are ready to be written.</summary>
    private sealed class Pipeline
    {
        private readonly object gate = new();
        private readonly IReadOnlyList<Finding> findings;
        private readonly int chunks;
        private readonly int chunkSize;
        private readonly ByteBuffer[] slots;
        private readonly bool[] ready;
        private int taken;
        private int written;
        private bool stopped;
        private System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure;

        internal Pipeline(IReadOnlyList<Finding> findings, int chunks, int chunkSize, int window)
        {
            this.findings = findings;
            this.chunks = chunks;
            this.chunkSize = chunkSize;
            slots = new ByteBuffer[window];
            ready = new bool[window];
            for (var i = 0; i < window; i++)
            {
                slots[i] = new ByteBuffer((int)Math.Min(chunkSize * 1536L, 1 << 22), pooled: true);
            }
        }

        /// <summary>A helper thread: formats chunks until none is left (or the run stops).</summary>
        internal void Help(FindingJsonWriter writer)
        {
            try
            {
                while (true)
                {
                    int chunk;
                    lock (gate)
                    {
                        while (!TryTake(out chunk))
                        {
                            if (stopped || failure is not null || taken >= chunks)
                            {
                                return;
                            }

                            System.Threading.Monitor.Wait(gate);
                        }
                    }

                    Format(writer, chunk);
                }
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    failure ??= System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                    System.Threading.Monitor.PulseAll(gate);
                }
            }
        }

        /// <summary>The calling thread: writes the chunks in order, formatting while the next one is not ready.</summary>
        internal void Run(FindingJsonWriter writer, ChunkWriter write)
        {
            while (written < chunks)
            {
                var slot = written % slots.Length;
                int chunk;
                lock (gate)
                {
                    chunk = -1;
                    while (!ready[slot] && failure is null && !TryTake(out chunk))
                    {
                        System.Threading.Monitor.Wait(gate);
                    }

                    failure?.Throw();
                }

                if (chunk >= 0)
                {
                    Format(writer, chunk);
                    continue;
                }

                write(slots[slot].Written);
                lock (gate)
                {
                    ready[slot] = false;
                    written++;
                    System.Threading.Monitor.PulseAll(gate);
                }
            }
        }

        internal void Stop()
        {
            lock (gate)
            {
                stopped = true;
                System.Threading.Monitor.PulseAll(gate);
            }
        }

        /// <summary>Gives the chunks' buffers back (every thread has stopped).</summary>
        internal void Return()
        {
            foreach (var slot in slots)
            {
                slot.Return();
            }
        }

        /// <summary>Takes the next chunk when its slot is free (the chunk a window before it has been written).</summary>
        private bool TryTake(out int chunk)
        {
            if (!stopped && failure is null && taken < chunks && taken < written + slots.Length)
            {
                chunk = taken++;
                return true;
            }

            chunk = -1;
            return false;
        }

        private void Format(FindingJsonWriter writer, int chunk)
        {
            var slot = chunk % slots.Length;
            var start = chunk * chunkSize;
            writer.Format(findings, start, Math.Min(findings.Count, start + chunkSize), slots[slot]);
            lock (gate)
            {
                ready[slot] = true;
                System.Threading.Monitor.PulseAll(gate);
            }
        }
    }
}

/// <summary>
/// Writes findings as JSON straight from the <see cref="Finding"/>: the text that
/// <see cref="FindingContractConverter"/> writes for <see cref="ReportContracts.FromFinding(Finding)"/>, without the
/// contract objects; each distinct list of citations serialized once (per instance: one thread uses it). Formats a
/// chunk of findings at a time into a buffer, either as the elements of the report's findings array (indented, their
/// separators included) or as NDJSON lines.
/// </summary>
internal sealed class FindingJsonWriter
{
    private static readonly JsonEncodedText DocumentName = JsonEncodedText.Encode("document");

    /// <summary>The most citation lists remembered by reference (beyond it, lists are found by value), and the most periods' texts kept.</summary>
    private const int ByReferenceLimit = 1 << 14;

    private readonly JsonSerializerOptions options;
    private readonly Layout layout;
    private readonly JsonEncodedText? document;
    private readonly Utf8JsonWriter writer;
    private readonly JsonStringWriter strings;
    private readonly Dictionary<object, byte[]> citationsByReference = new(ByReference.Instance);
    private readonly Dictionary<ReportContracts.CitationsKey, byte[]> citationsByValue = new();
    private readonly Dictionary<ReportingPeriod, JsonEncodedText> periods = new();
    private readonly JsonEncodedText info;
    private readonly JsonEncodedText warning;
    private readonly JsonEncodedText error;

    /// <summary>Creates a writer.</summary>
    /// <param name="options">The contract's serializer options (indented for the report, not for lines).</param>
    /// <param name="layout">Elements of the report's findings array, or lines.</param>
    /// <param name="document">For lines: the document's name (already encoded), written first; or null.</param>
    internal FindingJsonWriter(JsonSerializerOptions options, Layout layout, JsonEncodedText? document = null)
    {
        this.options = options;
        this.layout = layout;
        this.document = document;
        writer = new Utf8JsonWriter(new ByteBuffer(16), CheckReportWriter.WriterOptions(options));
        strings = new JsonStringWriter(options.Encoder as System.Text.Encodings.Web.JavaScriptEncoder);
        info = JsonEncodedText.Encode(Compliance.Severity.Info.ToContractName(), options.Encoder);
        warning = JsonEncodedText.Encode(Compliance.Severity.Warning.ToContractName(), options.Encoder);
        error = JsonEncodedText.Encode(Compliance.Severity.Error.ToContractName(), options.Encoder);
    }

    /// <summary>Where the findings go.</summary>
    internal enum Layout
    {
        /// <summary>Elements of the findings array of the report (inside its top-level object), with their separators.</summary>
        ReportElement,

        /// <summary>One finding per line, each line ending with <c>\n</c>.</summary>
        Line,
    }

    /// <summary>Formats findings[<paramref name="start"/>, <paramref name="end"/>) into <paramref name="buffer"/> (cleared first).</summary>
    internal void Format(IReadOnlyList<Finding> findings, int start, int end, ByteBuffer buffer)
    {
        buffer.Clear();
        if (layout == Layout.ReportElement)
        {
            // At the depth of the report's findings (an array in the top-level object), after the array's start: the
            // writer then indents each finding and puts its separator as it would there. The two starts are dropped.
            writer.Reset(buffer);
            writer.WriteStartArray();
            writer.WriteStartArray();
            writer.Flush();
            buffer.Clear();
            for (var i = start; i < end; i++)
            {
                Write(findings[i]);
            }

            writer.Flush();
            return;
        }

        for (var i = start; i < end; i++)
        {
            writer.Reset(buffer);
            Write(findings[i]);
            writer.Flush();
            buffer.Write((byte)'\n');
        }
    }

    private void Write(Finding finding)
    {
        var w = writer;
        w.WriteStartObject();
        if (document is { } name)
        {
            w.WriteString(DocumentName, name);
        }

        w.WriteString(FindingContractConverter.RuleIdName, finding.RuleId);
        w.WriteString(FindingContractConverter.SeverityName, SeverityText(finding.Severity));
        strings.Write(w, FindingContractConverter.SubjectName, finding.SubjectId);
        if (finding.OrganizationId is { } organization)
        {
            strings.Write(w, FindingContractConverter.OrganizationName, organization);
        }
        else
        {
            w.WriteNull(FindingContractConverter.OrganizationName);
        }

        if (finding.Period is { } period)
        {
            w.WriteString(FindingContractConverter.PeriodName, PeriodText(period));
        }
        else
        {
            w.WriteNull(FindingContractConverter.PeriodName);
        }

        strings.Write(w, FindingContractConverter.ExpectedName, finding.Expected);
        strings.Write(w, FindingContractConverter.ActualName, finding.Actual);
        w.WritePropertyName(FindingContractConverter.CitationsName);
        w.WriteRawValue(Citations(finding.Citations), skipInputValidation: true);
        var message = finding.RenderMessage();
        w.WritePropertyName(FindingContractConverter.MessageName);
        w.WriteStartObject();
        strings.Write(w, TextContractConverter.ChineseName, message.Chinese);
        strings.Write(w, TextContractConverter.EnglishName, message.English);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private JsonEncodedText SeverityText(Severity severity) => severity switch
    {
        Compliance.Severity.Info => info,
        Compliance.Severity.Warning => warning,
        Compliance.Severity.Error => error,
        _ => JsonEncodedText.Encode(severity.ToContractName(), options.Encoder),
    };

    private JsonEncodedText PeriodText(ReportingPeriod period)
    {
        if (!periods.TryGetValue(period, out var text))
        {
            text = JsonEncodedText.Encode(period.ToString(), options.Encoder);
            if (periods.Count < ByReferenceLimit)
            {
                periods[period] = text;
            }
        }

        return text;
    }

    /// <summary>The JSON of a list of citations as the next value of the writer (at the depth of a finding's citations).</summary>
    private byte[] Citations(IReadOnlyList<Citation> citations)
    {
        if (citationsByReference.TryGetValue(citations, out var json))
        {
            return json;
        }

        var key = new ReportContracts.CitationsKey(citations);
        if (!citationsByValue.TryGetValue(key, out json))
        {
            json = new FindingContractConverter.SharedCitations(citations.Select(ReportContracts.FromCitation).ToArray()).Json(writer, options);
            citationsByValue[key] = json;
        }

        if (citationsByReference.Count < ByReferenceLimit)
        {
            citationsByReference[citations] = json;
        }

        return json;
    }

    private sealed class ByReference : IEqualityComparer<object>
    {
        internal static readonly ByReference Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>
/// A growable byte buffer that a <see cref="Utf8JsonWriter"/> writes into, reused chunk after chunk. A pooled one takes
/// its arrays from <see cref="ArrayPool{T}.Shared"/> (not cleared, and reused by the next report of the process) and
/// gives them back on <see cref="Return"/>.
/// </summary>
internal sealed class ByteBuffer : IBufferWriter<byte>
{
    private readonly bool pooled;
    private byte[] bytes;
    private int count;

    internal ByteBuffer(int capacity, bool pooled = false)
    {
        this.pooled = pooled;
        capacity = Math.Max(capacity, 16);
        bytes = pooled ? ArrayPool<byte>.Shared.Rent(capacity) : new byte[capacity];
    }

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    internal ReadOnlySpan<byte> Written => new(bytes, 0, count);

    /// <summary>Forgets what was written (keeps the memory).</summary>
    internal void Clear() => count = 0;

    /// <summary>Gives a pooled buffer's array back (the buffer is not used afterwards).</summary>
    internal void Return()
    {
        if (pooled && bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = new byte[0];
            count = 0;
        }
    }

    /// <summary>Appends a byte.</summary>
    internal void Write(byte b)
    {
        Ensure(1);
        bytes[count++] = b;
    }

    /// <inheritdoc />
    public void Advance(int n)
    {
        if (n < 0 || n > bytes.Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(n));
        }

        count += n;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return new Memory<byte>(bytes, count, bytes.Length - count);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return new Span<byte>(bytes, count, bytes.Length - count);
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (bytes.Length - count < needed)
        {
            var size = (int)Math.Min(Math.Max(2L * bytes.Length, (long)count + needed), int.MaxValue);
            var larger = pooled ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];
            Array.Copy(bytes, larger, count);
            if (pooled && bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }

            bytes = larger;
        }
    }
}

/// <summary>
/// Writes a property's string value as <see cref="Utf8JsonWriter.WriteString(JsonEncodedText, string)"/> does with
/// the contract's encoder (<see cref="System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>), the
/// same bytes, but faster for the texts of a report (Chinese, quotes): the characters that encoder passes through are
/// copied as UTF-8 and a quote or backslash is escaped as it escapes them (<c>\"</c>, <c>\\</c>); a text with any
/// other character that needs escaping (controls, surrogates, characters the encoder does not pass) is left to the
/// writer. A test compares the two on every character of the Basic Multilingual Plane.
/// </summary>
internal sealed class JsonStringWriter
{
#if NET
    private static readonly System.Text.Encodings.Web.JavaScriptEncoder Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The ASCII characters the encoder writes as they are.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(Enumerable.Range(0, 128).Where(c => !Encoder.WillEncode(c)).Select(c => (char)c).ToArray());

    /// <summary>One bit per character of the Basic Multilingual Plane: set when the encoder writes it as it is.</summary>
    private static readonly uint[] Plain = PlainCharacters();

    private readonly bool fast;
    private byte[] scratch = new byte[512];
#endif

    /// <summary>Creates a writer for text encoded with <paramref name="encoder"/> (the fast path only for the contract's).</summary>
    /// <param name="encoder">The writer's encoder.</param>
    internal JsonStringWriter(System.Text.Encodings.Web.JavaScriptEncoder? encoder)
    {
#if NET
        fast = ReferenceEquals(encoder, Encoder);
#endif
    }

    /// <summary>Writes the property <paramref name="name"/> with the string <paramref name="value"/>.</summary>
    internal void Write(Utf8JsonWriter writer, JsonEncodedText name, string value)
    {
#if NET
        if (fast && TryQuote(value.AsSpan(), out var length))
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(new ReadOnlySpan<byte>(scratch, 0, length), skipInputValidation: true);
            return;
        }
#endif
        writer.WriteString(name, value);
    }

#if NET
    private static uint[] PlainCharacters()
    {
        var bits = new uint[65536 / 32];
        for (var c = 0; c < 65536; c++)
        {
            if (!char.IsSurrogate((char)c) && !Encoder.WillEncode(c))
            {
                bits[c >> 5] |= 1u << (c & 31);
            }
        }

        return bits;
    }

    private static bool IsPlain(char c) => (Plain[c >> 5] & (1u << (c & 31))) != 0;

    /// <summary>The value as a JSON string (quotes included) in the scratch buffer; false when it needs the writer.</summary>
    private bool TryQuote(ReadOnlySpan<char> text, out int length)
    {
        length = 0;
        var needed = (text.Length * 3) + 2;
        if (scratch.Length < needed)
        {
            scratch = new byte[Math.Max(needed, scratch.Length * 2)];
        }

        var bytes = scratch;
        var at = 0;
        bytes[at++] = (byte)'"';
        var i = 0;
        while (i < text.Length)
        {
            var run = text.Slice(i).IndexOfAnyExcept(PlainAscii);
            if (run < 0)
            {
                run = text.Length - i;
            }

            if (run > 0)
            {
                System.Text.Ascii.FromUtf16(text.Slice(i, run), bytes.AsSpan(at), out var written);
                at += written;
                i += run;
                continue;
            }

            // Characters up to the next plain ASCII one.
            do
            {
                var c = text[i];
                if (c is '"' or '\\')
                {
                    bytes[at++] = (byte)'\\';
                    bytes[at++] = (byte)c;
                }
                else if (c < 0x80 || !IsPlain(c))
                {
                    return false;
                }
                else if (c < 0x800)
                {
                    bytes[at++] = (byte)(0xC0 | (c >> 6));
                    bytes[at++] = (byte)(0x80 | (c & 0x3F));
                }
                else
                {
                    bytes[at++] = (byte)(0xE0 | (c >> 12));
                    bytes[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    bytes[at++] = (byte)(0x80 | (c & 0x3F));
                }

                i++;
            }
            while (i < text.Length && (text[i] >= 0x80 || !IsPlain(text[i])));
        }

        bytes[at++] = (byte)'"';
        length = at;
        return true;
    }
#endif
}
