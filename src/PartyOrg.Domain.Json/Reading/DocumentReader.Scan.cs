using System;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif

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
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
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

            // Sixteen bytes at a time with one vector compare (most strings — ids, dates, enum values — end in the first
            // block), then eight at a time, then byte by byte near the end of the element.
            var rest = json.Slice(at);
            var end = 0;
#if NET8_0_OR_GREATER
            if (Vector128.IsHardwareAccelerated)
            {
                ref var first = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(rest);
                while (end + 16 <= rest.Length)
                {
                    // A byte that is a quote, a backslash or below 0x20 (unsigned) sets its bit; the lowest one is exact.
                    var v = Vector128.LoadUnsafe(ref first, (nuint)end);
                    var hit = Vector128.Equals(v, Vector128.Create((byte)'"'))
                        | Vector128.Equals(v, Vector128.Create((byte)'\\'))
                        | Vector128.LessThan(v, Vector128.Create((byte)0x20));
                    var bits = hit.ExtractMostSignificantBits();
                    if (bits != 0)
                    {
                        end += System.Numerics.BitOperations.TrailingZeroCount(bits);
                        goto Found;
                    }

                    end += 16;
                }
            }

            const ulong Ones = 0x0101010101010101;
            while (BitConverter.IsLittleEndian && end + 8 <= rest.Length)
            {
                // A byte that is a quote, a backslash or below 0x20 sets its high bit in `hit`; the lowest one is exact.
                var w = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(rest.Slice(end));
                var quote = w ^ (Ones * '"');
                var escape = w ^ (Ones * '\\');
                var hit = (((quote - Ones) & ~quote) | ((escape - Ones) & ~escape) | ((w - (Ones * 0x20)) & ~w)) & (Ones * 0x80);
                if (hit != 0)
                {
                    end += System.Numerics.BitOperations.TrailingZeroCount(hit) >> 3;
                    break;
                }

                end += 8;
            }

        Found:
#endif
            while (true)
            {
                if (end == rest.Length)
                {
                    return false;
                }

                var c = rest[end];
                if (c == (byte)'"')
                {
                    break;
                }

                if (c == (byte)'\\' || c < 0x20)
                {
                    return false;
                }

                end++;
            }

            value = rest.Slice(0, end);
            at += end + 1;
            return true;
        }

        /// <summary>Takes the literal <paramref name="word"/> (<c>true</c>, <c>false</c>) when it comes next.</summary>
        internal bool Literal(byte[] word)
        {
            SkipSpace();
            if (json.Slice(at).StartsWith(word))
            {
                at += word.Length;
                return true;
            }

            return false;
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

        /// <summary>Skips white space; inlined for the common case of none (compact JSON), the loop out of line.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private void SkipSpace()
        {
            // Every JSON white space byte is at most ' ' (0x20); any other byte (or the end) ends the run at once.
            if (at < json.Length && json[at] <= (byte)' ')
            {
                SkipSpaceRun();
            }
        }

        private void SkipSpaceRun()
        {
            while (at < json.Length && json[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                at++;
            }
        }
    }
}
