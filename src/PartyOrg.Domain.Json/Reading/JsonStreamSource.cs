using System;
using System.Globalization;
using System.IO;
#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using System.Text;
using System.Text.Json;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>The document is not UTF-8 (the message says where); it supersedes every other problem.</summary>
internal sealed class InvalidUtf8Exception : Exception
{
    internal InvalidUtf8Exception(string message)
        : base(message)
    {
    }
}

/// <summary>
/// The quick reading of an array's elements (<see cref="JsonStreamSource.TryElementQuick"/>) met something it does not
/// judge: the document is read again from its start by the tokenising path.
/// </summary>
internal sealed class RereadException : Exception
{
    internal RereadException()
        : base("the document is read again by the tokenising reader")
    {
    }
}

/// <summary>
/// A forward-only JSON token source over a stream: a <see cref="Utf8JsonReader"/> over a buffer that is refilled
/// (and grown only when one value does not fit), its state carried between refills. Every byte read is checked to
/// be UTF-8 before it is parsed. Values (an element of a section, a scalar) are handed out as byte slices of the
/// buffer, complete and syntax-checked, valid until the next call.
/// </summary>
internal sealed class JsonStreamSource
{
    private const int InitialBuffer = 1 << 20;

    private readonly Stream stream;
    private readonly JsonReaderOptions readerOptions;
    private readonly Utf8Check utf8 = new();
    private byte[] buffer = new byte[InitialBuffer];
    private int start;
    private int end;
    private int validated;
    private bool eof;
    private bool begun;
    private JsonReaderState state;

    /// <summary>The reader's state just after the '[' of the array <see cref="TryElementQuick"/> reads.</summary>
    private JsonReaderState arrayOpen;

    /// <summary>The elements <see cref="TryElementQuick"/> has handed out of the current array.</summary>
    private int quickElements;

    /// <summary>Whether a comma was taken and an element must come next.</summary>
    private bool expectElement;

    /// <summary>The largest element <see cref="TryElementQuick"/> looks for the end of (larger ones go the tokenising way).</summary>
    internal const int QuickElementBytes = 16 << 20;

    private static readonly byte[] EmptyObject = { (byte)'{', (byte)'}' };

    internal JsonStreamSource(Stream stream, int maxDepth)
    {
        this.stream = stream;
        readerOptions = new JsonReaderOptions { MaxDepth = maxDepth, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };
        state = new JsonReaderState(readerOptions);
    }

    /// <summary>The type of the last token read by <see cref="Next"/>.</summary>
    internal JsonTokenType Token { get; private set; }

    /// <summary>The name of the last property name token (null when it holds a lone surrogate escape).</summary>
    internal string? PropertyName { get; private set; }

    /// <summary>The depth of the reader after the last token.</summary>
    internal int Depth { get; private set; }

    /// <summary>Reads the first bytes: a UTF-16 byte order mark is reported, a UTF-8 one skipped. False when the document is blank.</summary>
    /// <param name="utf16">True when the document starts with a UTF-16 byte order mark.</param>
    /// <returns>True when there is something other than white space.</returns>
    internal bool Begin(out bool utf16)
    {
        utf16 = false;
        while (end < 3 && !eof)
        {
            Fill(false);
        }

        if (end >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
        {
            utf16 = true;
            return true;
        }

        if (end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
        {
            start = 3;
        }

        validated = start;
        begun = true;
        Validate();
        while (true)
        {
            for (var i = start; i < end; i++)
            {
                if (buffer[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return true;
                }
            }

            if (eof)
            {
                return false;
            }

            Fill(true);
        }
    }

    /// <summary>Reads the next token; false at the end of the document.</summary>
    /// <returns>True when a token was read.</returns>
    internal bool Next()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, end - start), eof, state);
            if (reader.Read())
            {
                Token = reader.TokenType;
                Depth = reader.CurrentDepth;
                if (Token == JsonTokenType.PropertyName)
                {
                    try
                    {
                        PropertyName = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        PropertyName = null;
                    }
                }

                start += (int)reader.BytesConsumed;
                state = reader.CurrentState;
                return true;
            }

            if (eof)
            {
                start += (int)reader.BytesConsumed;
                state = reader.CurrentState;
                return false;
            }

            start += (int)reader.BytesConsumed;
            state = reader.CurrentState;
            Fill(true);
        }
    }

    /// <summary>The type of the next token, not consumed (<see cref="JsonTokenType.None"/> at the end).</summary>
    /// <returns>The type.</returns>
    internal JsonTokenType Peek()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, end - start), eof, state);
            if (reader.Read())
            {
                return reader.TokenType;
            }

            if (eof)
            {
                return JsonTokenType.None;
            }

            Fill(true);
        }
    }

    /// <summary>Reads past the next value (chunk by chunk: memory does not grow with its size).</summary>
    internal void Skip()
    {
        var depth = -1;
        while (true)
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, end - start), eof, state);
            var done = false;
            while (reader.Read())
            {
                if (depth < 0)
                {
                    if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                    {
                        done = true;
                        break;
                    }

                    depth = reader.CurrentDepth;
                }
                else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth)
                {
                    done = true;
                    break;
                }
            }

            start += (int)reader.BytesConsumed;
            state = reader.CurrentState;
            if (done)
            {
                Token = reader.TokenType;
                Depth = reader.CurrentDepth;
                return;
            }

            if (eof)
            {
                throw new JsonException("Unexpected end of the JSON payload.");
            }

            Fill(true);
        }
    }

    /// <summary>Reads to the end: only white space may follow the root value (the reader reports anything else).</summary>
    internal void End()
    {
        while (Next())
        {
        }
    }

    /// <summary>
    /// Reads the next value whole (a scalar, or an object or array with everything in it) and returns its bytes.
    /// </summary>
    /// <param name="first">The type of its first token.</param>
    /// <returns>The bytes of the value (valid until the next call).</returns>
    internal ReadOnlyMemory<byte> Value(out JsonTokenType first)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, end - start), eof, state);
            if (reader.Read())
            {
                first = reader.TokenType;
                var from = (int)reader.TokenStartIndex;
                if (first is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip())
                {
                    var value = new ReadOnlyMemory<byte>(buffer, start + from, (int)reader.BytesConsumed - from);
                    start += (int)reader.BytesConsumed;
                    state = reader.CurrentState;
                    Token = reader.TokenType;
                    Depth = reader.CurrentDepth;
                    return value;
                }
            }

            if (eof)
            {
                throw new JsonException("Unexpected end of the JSON payload.");
            }

            Fill(true);
        }
    }

    /// <summary>
    /// Reads the next element of an array whole (as <see cref="Value"/>) and returns its bytes; false, with nothing
    /// consumed, when the next token ends the array. One reader per element instead of a <see cref="Peek"/> and a
    /// <see cref="Value"/>.
    /// </summary>
    /// <param name="value">The bytes of the element (valid until the next call).</param>
    /// <returns>True when an element was read.</returns>
    internal bool TryElement(out ReadOnlyMemory<byte> value)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, end - start), eof, state);
            if (reader.Read())
            {
                var first = reader.TokenType;
                if (first == JsonTokenType.EndArray)
                {
                    value = default;
                    return false;
                }

                var from = (int)reader.TokenStartIndex;
                if (first is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip())
                {
                    value = new ReadOnlyMemory<byte>(buffer, start + from, (int)reader.BytesConsumed - from);
                    start += (int)reader.BytesConsumed;
                    state = reader.CurrentState;
                    Token = reader.TokenType;
                    Depth = reader.CurrentDepth;
                    return true;
                }
            }

            if (eof)
            {
                throw new JsonException("Unexpected end of the JSON payload.");
            }

            Fill(true);
        }
    }

    /// <summary>
    /// Starts handing out the elements of the array just opened (<see cref="Next"/> read its <c>[</c>) by
    /// <see cref="TryElementQuick"/>.
    /// </summary>
    internal void BeginElements()
    {
        arrayOpen = state;
        quickElements = 0;
        expectElement = false;
    }

    /// <summary>
    /// <see cref="TryElement"/> without tokenising: the element's end is found by its brackets and quotes alone, so its
    /// text is handed out unchecked — the caller checks every element as a whole value (a hand scan that accepts only
    /// plain JSON, or a per-element parser), which, with the commas and white space between them checked here, checks the
    /// array. Anything this does not expect — an element that is not an object or array, a stray byte between elements, a
    /// trailing comma, an element nested near the depth limit or larger than <see cref="QuickElementBytes"/>, the end of
    /// the text — throws <see cref="RereadException"/>: the document is then read again by the tokenising path, which
    /// gives the exact problem. The reader's line and byte counters do not follow the skipped text: a later syntax error
    /// also means a reread.
    /// </summary>
    /// <param name="value">The bytes of the element (valid until the next call).</param>
    /// <returns>True when an element was read; false, with the <c>]</c> not consumed, at the end of the array.</returns>
    internal bool TryElementQuick(out ReadOnlyMemory<byte> value)
    {
        while (true)
        {
            var i = start;
            while (i < end && buffer[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }

            if (i == end)
            {
                start = i;
                More();
                continue;
            }

            var c = buffer[i];
            if (!expectElement && quickElements > 0)
            {
                if (c == (byte)']')
                {
                    // The reader's state as if it had read the elements: the one after the '[' and one empty object.
                    var reader = new Utf8JsonReader(EmptyObject, false, arrayOpen);
                    reader.Read();
                    reader.Read();
                    state = reader.CurrentState;
                    start = i;
                    value = default;
                    return false;
                }

                if (c != (byte)',')
                {
                    throw new RereadException();
                }

                start = i + 1;
                expectElement = true;
                continue;
            }

            if (c == (byte)']' && !expectElement)
            {
                start = i;
                value = default;
                return false;
            }

            if (c is not ((byte)'{' or (byte)'['))
            {
                throw new RereadException();
            }

            var length = ElementLength(new ReadOnlySpan<byte>(buffer, i, end - i), out var nesting);
            if (length < 0)
            {
                if (end - i > QuickElementBytes)
                {
                    throw new RereadException();
                }

                start = i;
                More();
                continue;
            }

            // The element's own '{' is at depth 3 of the document (root object, section array): one level of margin.
            if (nesting + 3 >= readerOptions.MaxDepth)
            {
                throw new RereadException();
            }

            value = new ReadOnlyMemory<byte>(buffer, i, length);
            start = i + length;
            quickElements++;
            expectElement = false;
            return true;
        }
    }

    /// <summary>Reads more for <see cref="TryElementQuick"/>; at the end of the text, a reread.</summary>
    private void More()
    {
        if (eof)
        {
            throw new RereadException();
        }

        Fill(true);
    }

    /// <summary>
    /// The length of the object or array at the start of <paramref name="text"/> judged by its brackets alone (strings and
    /// their escapes skipped), and how deep it nests; -1 when it does not end within the text.
    /// </summary>
    internal static int ElementLength(ReadOnlySpan<byte> text, out int nesting)
    {
#if NET
        if (Vector128.IsHardwareAccelerated && text.Length >= BlockBytes)
        {
            return ElementLengthByBlocks(text, out nesting);
        }
#endif
        return ElementLengthByBytes(text, out nesting);
    }

    /// <summary><see cref="ElementLength"/> one byte at a time (the reference the block scan is tested against).</summary>
    internal static int ElementLengthByBytes(ReadOnlySpan<byte> text, out int nesting)
    {
        nesting = 0;
        var depth = 0;
        var inString = false;
        var escaped = false;
        return ScanBytes(text, 0, text.Length, ref depth, ref nesting, ref inString, ref escaped);
    }

    /// <summary>
    /// Steps through <paramref name="text"/> from <paramref name="from"/> to <paramref name="to"/>: the position after the
    /// bracket that closes the element, or -1 with the state (depth, nesting, whether in a string and after its backslash)
    /// carried to the next byte.
    /// </summary>
    private static int ScanBytes(ReadOnlySpan<byte> text, int from, int to, ref int depth, ref int nesting, ref bool inString, ref bool escaped)
    {
        for (var i = from; i < to; i++)
        {
            var b = text[i];
            if (inString)
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (b == (byte)'\\')
                {
                    escaped = true;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                depth++;
                nesting = Math.Max(nesting, depth);
            }
            else if (b is (byte)'}' or (byte)']' && --depth == 0)
            {
                return i + 1;
            }
        }

        return -1;
    }

#if NET
    /// <summary>The bytes <see cref="ElementLengthByBlocks"/> judges at once.</summary>
    private const int BlockBytes = 64;

    /// <summary>
    /// <see cref="ElementLength"/> 64 bytes at a time: masks of the block's quotes, backslashes and brackets (vector
    /// compares); the bytes inside strings are those after an odd number of quotes (a prefix XOR of the quote mask, carried
    /// from block to block), and only the brackets outside strings are stepped through. A block with a backslash, or that
    /// starts right after one, is stepped through byte by byte (escapes are rare in ids and enum values).
    /// </summary>
    private static int ElementLengthByBlocks(ReadOnlySpan<byte> text, out int nesting)
    {
        nesting = 0;
        var depth = 0;
        var inString = false;
        var escaped = false;
        var i = 0;
        ref var first = ref MemoryMarshal.GetReference(text);
        for (; i + BlockBytes <= text.Length; i += BlockBytes)
        {
            ref var block = ref Unsafe.Add(ref first, i);
            var quotes = Mask(ref block, out var backslashes, out var opens, out var closes);
            if (backslashes != 0 || escaped)
            {
                var end = ScanBytes(text, i, i + BlockBytes, ref depth, ref nesting, ref inString, ref escaped);
                if (end >= 0)
                {
                    return end;
                }

                continue;
            }

            // Bit k set: byte k is inside a string (its opening quote included, its closing quote not).
            var strings = PrefixXor(quotes) ^ (inString ? ulong.MaxValue : 0UL);
            var brackets = (opens | closes) & ~strings;
            while (brackets != 0)
            {
                var k = BitOperations.TrailingZeroCount(brackets);
                if (((opens >> k) & 1) != 0)
                {
                    depth++;
                    nesting = Math.Max(nesting, depth);
                }
                else if (--depth == 0)
                {
                    return i + k + 1;
                }

                brackets &= brackets - 1;
            }

            inString = (strings >> 63) != 0;
        }

        return ScanBytes(text, i, text.Length, ref depth, ref nesting, ref inString, ref escaped);
    }

    /// <summary>The 64 bytes at <paramref name="block"/>: which are quotes, backslashes, opening and closing brackets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(ref byte block, out ulong backslashes, out ulong opens, out ulong closes)
    {
        var quotes = 0UL;
        backslashes = 0UL;
        opens = 0UL;
        closes = 0UL;
        for (var part = 0; part < BlockBytes / 16; part++)
        {
            var v = Vector128.LoadUnsafe(ref block, (nuint)(part * 16));

            // '{' and '[' (0x7B, 0x5B) differ in bit 0x20 only, as do '}' and ']' (0x7D, 0x5D): no other byte or-ed with
            // 0x20 gives 0x7B or 0x7D.
            var folded = v | Vector128.Create((byte)0x20);
            var shift = part * 16;
            quotes |= (ulong)Vector128.Equals(v, Vector128.Create((byte)'"')).ExtractMostSignificantBits() << shift;
            backslashes |= (ulong)Vector128.Equals(v, Vector128.Create((byte)'\\')).ExtractMostSignificantBits() << shift;
            opens |= (ulong)Vector128.Equals(folded, Vector128.Create((byte)'{')).ExtractMostSignificantBits() << shift;
            closes |= (ulong)Vector128.Equals(folded, Vector128.Create((byte)'}')).ExtractMostSignificantBits() << shift;
        }

        return quotes;
    }

    /// <summary>Bit k of the result is the XOR of bits 0..k of <paramref name="x"/>.</summary>
    private static ulong PrefixXor(ulong x)
    {
        x ^= x << 1;
        x ^= x << 2;
        x ^= x << 4;
        x ^= x << 8;
        x ^= x << 16;
        x ^= x << 32;
        return x;
    }
#endif

    /// <summary>After a syntax error: checks the rest of the stream is UTF-8 (that problem is reported first).</summary>
    internal void DrainUtf8()
    {
        // Keep only the bytes not yet checked (an incomplete sequence at the end of what was read).
        start = Math.Max(start, Math.Min(validated, end));
        while (!eof)
        {
            start = Math.Min(validated, end);
            Fill(true);
        }
    }

    /// <summary>Reads more bytes: keeps the unread ones (moved to the front, the buffer grown when it is full).</summary>
    private void Fill(bool compact)
    {
        if (compact && start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            validated -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, checked(buffer.Length * 2));
        }

        var n = stream.Read(buffer, end, buffer.Length - end);
        if (n <= 0)
        {
            eof = true;
        }
        else
        {
            end += n;
        }

        if (begun)
        {
            Validate();
        }
    }

    private void Validate()
    {
        validated = Math.Max(validated, start);
        var upTo = end;
        if (!eof)
        {
            // Leave an incomplete trailing UTF-8 sequence for the next read.
            for (var back = 1; back <= 3 && end - back >= validated; back++)
            {
                var b = buffer[end - back];
                if ((b & 0xC0) == 0xC0)
                {
                    var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                    if (back < length)
                    {
                        upTo = end - back;
                    }

                    break;
                }

                if ((b & 0x80) == 0)
                {
                    break;
                }
            }
        }

        if (upTo > validated)
        {
            utf8.Check(buffer, validated, upTo - validated);
            validated = upTo;
        }
    }

    /// <summary>The UTF-8 check of the bytes in order: counts lines and bytes to locate the first invalid byte.</summary>
    private sealed class Utf8Check
    {
        private static readonly UTF8Encoding Strict = new(false, true);
        private long offset;
        private long line = 1;

        internal void Check(byte[] data, int from, int count)
        {
#if NET8_0_OR_GREATER
            var span = new ReadOnlySpan<byte>(data, from, count);
            if (System.Text.Unicode.Utf8.IsValid(span))
            {
                line += System.MemoryExtensions.Count(span, (byte)'\n');
                offset += count;
                return;
            }
#endif
            try
            {
                Strict.GetCharCount(data, from, count);
                for (var i = from; i < from + count; i++)
                {
                    if (data[i] == (byte)'\n')
                    {
                        line++;
                    }
                }

                offset += count;
            }
            catch (DecoderFallbackException e)
            {
                var at = Math.Max(0, Math.Min(e.Index, count - 1));
                for (var i = 0; i < at; i++)
                {
                    if (data[from + i] == (byte)'\n')
                    {
                        line++;
                    }
                }

                var badByte = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : data[from + at];
                throw new InvalidUtf8Exception("the document is not valid UTF-8: byte 0x" + badByte.ToString("X2", CultureInfo.InvariantCulture)
                    + " at line " + line.ToString(CultureInfo.InvariantCulture) + " (byte offset " + (offset + at).ToString(CultureInfo.InvariantCulture)
                    + ") is not part of a UTF-8 character; save the file as UTF-8");
            }
        }
    }
}
