using System;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>The hand scan shared by the fast paths of the bulk sections.</summary>
internal sealed partial class DocumentReader
{
    /// <summary>Whether a decoded id is plain: not too long, no white space at either end (it is not empty).</summary>
    internal static bool PlainId(string id, int maxLength) =>
        id.Length <= maxLength && !char.IsWhiteSpace(id[0]) && !char.IsWhiteSpace(id[id.Length - 1]);

    /// <summary>
    /// A forward scan over the text of one JSON value: white space skipped before each token, strings taken only when
    /// plain (no escape, no control character). What it takes is valid JSON: the text an element's scan accepts whole
    /// needs no other check.
    /// </summary>
    private ref struct Scan
    {
#if NET8_0_OR_GREATER
        private static readonly System.Buffers.SearchValues<byte> QuoteEscapeOrControl = System.Buffers.SearchValues.Create(
            "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

#endif
        private readonly ReadOnlySpan<byte> json;
        private int at;

        internal Scan(ReadOnlySpan<byte> json)
        {
            this.json = json;
            at = 0;
        }

        /// <summary>The position reached: just past the last token taken.</summary>
        internal int Position => at;

        /// <summary>Whether only white space is left.</summary>
        internal bool AtEnd
        {
            get
            {
                SkipSpace();
                return at == json.Length;
            }
        }

        /// <summary>Takes <paramref name="token"/> when it comes next.</summary>
        internal bool Take(byte token)
        {
            SkipSpace();
            if (at < json.Length && json[at] == token)
            {
                at++;
                return true;
            }

            return false;
        }

        /// <summary>
        /// Takes a string that comes next and has no escape and no control character (which JSON does not allow raw);
        /// its bytes between the quotes.
        /// </summary>
        internal bool String(out ReadOnlySpan<byte> value)
        {
            value = default;
            if (!Take((byte)'"'))
            {
                return false;
            }

            var rest = json.Slice(at);
#if NET8_0_OR_GREATER
            var end = rest.IndexOfAny(QuoteEscapeOrControl);
#else
            var end = rest.IndexOfAny((byte)'"', (byte)'\\');
            for (var c = 0; c < end; c++)
            {
                if (rest[c] < 0x20)
                {
                    return false;
                }
            }
#endif
            if (end < 0 || rest[end] != (byte)'"')
            {
                return false;
            }

            value = rest.Slice(0, end);
            at += end + 1;
            return true;
        }

        /// <summary>Takes a number that comes next; its text.</summary>
        internal bool Number(out ReadOnlySpan<byte> value)
        {
            SkipSpace();
            var start = at;
            while (at < json.Length && json[at] is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'+' or (byte)'.' or (byte)'e' or (byte)'E')
            {
                at++;
            }

            value = json.Slice(start, at - start);
            return value.Length > 0;
        }

        private void SkipSpace()
        {
            while (at < json.Length && json[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                at++;
            }
        }
    }
}
