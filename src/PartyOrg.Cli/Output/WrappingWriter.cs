using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PartyOrg.Cli.Output;

/// <summary>
/// A writer that wraps each line wider than a given number of columns (by display width: CJK characters count as
/// two). Latin text breaks at spaces, CJK text between any two characters (never before closing punctuation such as
/// "，" or "）"); a continuation line is indented two columns more than the line it continues. Lines that fit are
/// written unchanged, so tables already fitted to the width pass through.
/// </summary>
public sealed class WrappingWriter : TextWriter
{
    private const string NoLineStart = "，。、；：？！）》」』】〕〉”’,.;:?!)]}%";
    private readonly TextWriter inner;
    private readonly int width;
    private readonly StringBuilder line = new();

    /// <summary>Creates the writer.</summary>
    /// <param name="inner">Where the wrapped lines go.</param>
    /// <param name="width">The width in columns (at least 20).</param>
    public WrappingWriter(TextWriter inner, int width)
    {
        this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        this.width = Math.Max(20, width);
        NewLine = inner.NewLine;
    }

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (value == '\n')
        {
            var text = line.ToString();
            line.Clear();
            foreach (var part in Wrap(text.TrimEnd('\r'), width))
            {
                inner.WriteLine(part);
            }

            return;
        }

        line.Append(value);
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var c in value)
        {
            Write(c);
        }
    }

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        Write(value);
        Write('\n');
    }

    /// <inheritdoc />
    public override void WriteLine() => Write('\n');

    /// <inheritdoc />
    public override void Flush()
    {
        if (line.Length > 0)
        {
            var text = line.ToString();
            line.Clear();
            var parts = Wrap(text, width);
            for (var i = 0; i < parts.Count; i++)
            {
                if (i < parts.Count - 1)
                {
                    inner.WriteLine(parts[i]);
                }
                else
                {
                    inner.Write(parts[i]);
                }
            }
        }

        inner.Flush();
    }

    /// <summary>Wraps one line.</summary>
    /// <param name="text">The line (no line break).</param>
    /// <param name="width">The width in columns.</param>
    /// <returns>The lines, each at most <paramref name="width"/> columns unless a single word is wider.</returns>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        if (TextTable.Width(text) <= width)
        {
            return new[] { text };
        }

        var indent = 0;
        while (indent < text.Length && text[indent] == ' ')
        {
            indent++;
        }

        var hanging = new string(' ', Math.Min(indent + 2, width / 2));
        var result = new List<string>();
        var rest = text;
        var prefix = string.Empty;
        while (TextTable.Width(prefix + rest) > width)
        {
            var cut = Cut(prefix, rest, width);
            result.Add((prefix + rest.Substring(0, cut)).TrimEnd());
            rest = rest.Substring(cut).TrimStart(' ');
            prefix = hanging;
        }

        if (rest.Length > 0)
        {
            result.Add(prefix + rest);
        }

        return result;
    }

    /// <summary>Where to cut <paramref name="rest"/> so that prefix + the cut part fits: the last break opportunity within the width.</summary>
    private static int Cut(string prefix, string rest, int width)
    {
        var used = TextTable.Width(prefix);
        var fit = 0;
        while (fit < rest.Length)
        {
            var w = TextTable.Width(rest[fit].ToString());
            if (used + w > width)
            {
                break;
            }

            used += w;
            fit++;
        }

        for (var i = fit; i > 0; i--)
        {
            if (i < rest.Length && CanBreakBefore(rest, i))
            {
                return i;
            }
        }

        // One word wider than the line: break it where it reaches the width.
        return Math.Max(1, fit);
    }

    private static bool CanBreakBefore(string s, int i)
    {
        var before = s[i - 1];
        var at = s[i];
        if (at == ' ')
        {
            return true;
        }

        if (NoLineStart.IndexOf(at) >= 0)
        {
            return false;
        }

        if (before == ' ')
        {
            return true;
        }

        // Between two characters when either is wide (CJK): Chinese text breaks anywhere.
        return TextTable.Width(before.ToString()) == 2 || TextTable.Width(at.ToString()) == 2;
    }
}
