using System.Collections.Generic;

namespace PartyOrg.Cli.Commands;

/// <summary>A <c>partyorg</c> command. Implementations are registered in <see cref="CliApp.Commands"/>.</summary>
public interface ICommand
{
    /// <summary>The command name, e.g. <c>check</c>.</summary>
    string Name { get; }

    /// <summary>The position in the help listing.</summary>
    int Order { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The full help text with examples.</summary>
    string Help { get; }

    /// <summary>The options the command accepts (without the leading dashes); a name ending in '=' takes a value.</summary>
    IReadOnlyList<string> Options { get; }

    /// <summary>Runs the command.</summary>
    /// <param name="line">The parsed command line.</param>
    /// <param name="io">Standard streams.</param>
    /// <returns>The exit code.</returns>
    int Run(CommandLine line, CommandIo io);
}
