using System;
using System.Text;

namespace PartyOrg.Cli;

/// <summary>Entry point of the <c>partyorg</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code: 0 no error findings, 1 error findings, 2 unreadable input or bad usage.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return CliApp.Run(args, new Commands.CommandIo(Console.In, Console.Out, Console.Error, Console.OpenStandardInput, null)
        {
            OpenStandardOutput = Console.OpenStandardOutput,
            OutputIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
        });
    }
}
