using System;
using System.IO;
using NodaTime;

namespace PartyOrg.Cli.Commands;

/// <summary>The standard streams of a command, and the clock (only the CLI reads it).</summary>
public sealed class CommandIo
{
    /// <summary>Creates the streams (the system clock; standard input read as text).</summary>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    public CommandIo(TextReader stdin, TextWriter stdout, TextWriter stderr)
        : this(stdin, stdout, stderr, null, null)
    {
    }

    /// <summary>Creates the streams.</summary>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="openStandardInput">Opens standard input as bytes (so that non-UTF-8 input is detected), or null to read <paramref name="stdin"/> as text.</param>
    /// <param name="clock">The clock for "today", or null for the system clock.</param>
    public CommandIo(TextReader stdin, TextWriter stdout, TextWriter stderr, Func<Stream>? openStandardInput, IClock? clock)
    {
        In = stdin;
        Out = stdout;
        Error = stderr;
        OpenStandardInput = openStandardInput;
        Clock = clock ?? SystemClock.Instance;
    }

    /// <summary>Standard input.</summary>
    public TextReader In { get; }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Opens standard input as bytes, or null when only <see cref="In"/> is available.</summary>
    public Func<Stream>? OpenStandardInput { get; }

    /// <summary>Opens standard output as bytes (for a workbook), or null when only <see cref="Out"/> is available.</summary>
    public Func<Stream>? OpenStandardOutput { get; init; }

    /// <summary>Whether standard output is a terminal (a workbook is then refused: it would print binary bytes).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Whether standard error is a terminal (progress is then shown there).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The clock used for "today" when no date is given.</summary>
    public IClock Clock { get; }
}
