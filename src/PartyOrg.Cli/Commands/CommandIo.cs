using System.IO;

namespace PartyOrg.Cli.Commands;

/// <summary>The standard streams of a command.</summary>
public sealed class CommandIo
{
    /// <summary>Creates the streams.</summary>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    public CommandIo(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        In = stdin;
        Out = stdout;
        Error = stderr;
    }

    /// <summary>Standard input.</summary>
    public TextReader In { get; }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }
}
