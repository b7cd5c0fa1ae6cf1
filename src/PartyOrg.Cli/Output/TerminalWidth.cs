using System;
using System.IO;

namespace PartyOrg.Cli.Output;

/// <summary>The width text output is fitted to: the terminal's when the writer is the console's standard output on a terminal, else 120 columns.</summary>
public static class TerminalWidth
{
    /// <summary>The width when the output is not a terminal (a file, a pipe, a test).</summary>
    public const int Default = 120;

    /// <summary>The width for <paramref name="writer"/>.</summary>
    /// <param name="writer">The output.</param>
    /// <returns>The width in columns.</returns>
    public static int Of(TextWriter writer)
    {
        if (!ReferenceEquals(writer, Console.Out) || Console.IsOutputRedirected)
        {
            return Default;
        }

        try
        {
            var width = Console.WindowWidth;
            return width >= 40 ? width : Default;
        }
        catch (IOException)
        {
            return Default;
        }
        catch (PlatformNotSupportedException)
        {
            return Default;
        }
    }
}
