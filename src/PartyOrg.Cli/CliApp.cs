using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using PartyOrg.Cli.Commands;

namespace PartyOrg.Cli;

/// <summary>Dispatches the command line to a command. Commands are registered explicitly in <see cref="Commands"/> (no reflection: the tool starts fast and compiles ahead of time).</summary>
public static class CliApp
{
    /// <summary>Exit code: success, no error finding.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: at least one error finding.</summary>
    public const int ErrorFindings = 1;

    /// <summary>Exit code: the input could not be read, or the command line is wrong.</summary>
    public const int BadInput = 2;

    /// <summary>Every command, in help order. A new command is added here.</summary>
    public static IReadOnlyList<ICommand> Commands { get; } = new ICommand[]
    {
        new CheckCommand(),
        new CalendarCommand(),
        new TermsCommand(),
        new ElectCommand(),
        new DuesCommand(),
        new DevelopmentCommand(),
        new AssessCommand(),
        new RulesCommand(),
        new GenerateCommand(),
        new DemoCommand(),
        new SampleCommand(),
        new TemplateCommand(),
    }.OrderBy(c => c.Order).ToArray();

    /// <summary>The tool's version: the package version computed from git, then <c>+</c> and the commit it was built from.</summary>
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliApp).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";

    /// <summary>Runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input (for <c>-</c> as a file name).</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CommandIo(stdin, stdout, stderr));

    /// <summary>
    /// Runs a command line with the given streams and clock. Never throws: an unexpected failure (a defect — every
    /// bad input has its own located message) is reported in one clean line on standard error, naming the input
    /// file when known and asking for a report, with no stack trace and exit code 2.
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <param name="io">The streams and the clock.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, CommandIo io)
    {
        if (args is null || io is null)
        {
            throw new ArgumentNullException(args is null ? nameof(args) : nameof(io));
        }

        var input = new string?[1];
        try
        {
            return Dispatch(args, io, input);
        }
        catch (Exception e)
        {
            io.Error.WriteLine(DefectMessage(args, input[0], e));
            return BadInput;
        }
    }

    /// <summary>The last-resort message: one line, no stack trace, never the words of an ordinary input problem.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="input">The input file (<c>-</c> = standard input), or null when unknown.</param>
    /// <param name="e">The exception.</param>
    /// <returns>The line.</returns>
    internal static string DefectMessage(string[] args, string? input, Exception e)
    {
        var name = args.Length > 0 ? " " + args[0] : string.Empty;
        var where = input is null ? string.Empty : " while processing " + (input == "-" ? "standard input" : input);
        return $"partyorg{name}: unexpected failure{where} ({e.GetType().Name}: {e.Message.Replace("\r", " ").Replace("\n", " ")}). "
            + "This is a defect, please report it with the input and the command line.";
    }

    private static int Dispatch(string[] args, CommandIo io, string?[] input)
    {
        var stdout = io.Out;
        var stderr = io.Error;
        if (args.Length == 0)
        {
            stderr.WriteLine("partyorg: expected a command / 缺少命令");
            stderr.WriteLine(FrontEnd.RootUsage);
            stderr.WriteLine("Run `partyorg --help` for the list of commands. / 运行 partyorg --help 查看命令列表。");
            return BadInput;
        }

        if (args[0] is "-h" or "--help" or "-?" or "help")
        {
            if (args.Length > 1 && args[0] == "help" && Commands.FirstOrDefault(c => c.Name == args[1]) is { } named)
            {
                stdout.Write(named.Help);
                return Ok;
            }

            stdout.Write(Usage());
            return Ok;
        }

        if (args[0] is "--version")
        {
            stdout.WriteLine(Version);
            return Ok;
        }

        var frontEnd = new FrontEnd(Commands);
        if (args[0].StartsWith("[suggest", StringComparison.Ordinal))
        {
            // Shell completion (dotnet-suggest): partyorg [suggest:N] "partyorg partial line"
            var text = args.Length > 1 ? args[1] : string.Empty;
            var position = args[0].Length > 9 && int.TryParse(args[0].AsSpan(9, args[0].Length - 10), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : text.Length;
            foreach (var exe in new[] { "partyorg ", "PartyOrg.Cli " })
            {
                if (text.StartsWith(exe, StringComparison.Ordinal))
                {
                    text = text.Substring(exe.Length);
                    position -= exe.Length;
                }
            }

            foreach (var word in frontEnd.Complete(text, position))
            {
                stdout.WriteLine(word);
            }

            return Ok;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            var what = args[0].StartsWith("-", StringComparison.Ordinal) ? "option" : "command";
            var suggestion = FrontEnd.Suggest(args[0], Commands.Select(c => c.Name), string.Empty);
            stderr.WriteLine($"partyorg: unknown {what} \"{args[0]}\"{suggestion}");
            stderr.WriteLine(FrontEnd.RootUsage);
            stderr.WriteLine("Run `partyorg --help` for the list of commands. / 运行 partyorg --help 查看命令列表。");
            return BadInput;
        }

        if (!frontEnd.TryParse(args, command, out var parsed, out var errors) || parsed is null)
        {
            foreach (var error in errors)
            {
                stderr.WriteLine($"partyorg {command.Name}: {error}");
            }

            stderr.WriteLine(UsageLine(command));
            stderr.WriteLine($"Run `partyorg {command.Name} --help` for usage. / 运行 partyorg {command.Name} --help 查看用法。");
            return BadInput;
        }

        var line = parsed;
        if (line.Has("help"))
        {
            stdout.Write(command.Help);
            return Ok;
        }

        input[0] = line.Positional.Count == 1 ? line.Positional[0] : null;

        try
        {
            return command.Run(line, io);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"partyorg {command.Name}: {e.Message}");
            stderr.WriteLine(UsageLine(command));
            return BadInput;
        }
    }

    /// <summary>The usage line of a command: the first line of its help.</summary>
    /// <param name="command">The command.</param>
    /// <returns>"Usage: partyorg check FILE …".</returns>
    internal static string UsageLine(ICommand command)
    {
        var first = command.Help.Split('\n')[0].TrimEnd('\r');
        return "Usage: " + first;
    }

    private static string Usage()
    {
        var lines = new List<string>
        {
            "partyorg — 党组织合规检查 / compliance checks for grassroots Party organizations",
            string.Empty,
            "Usage: partyorg <command> [options]    (partyorg <command> --help for details)",
            string.Empty,
            "Commands:",
        };
        lines.AddRange(Commands.Select(c => $"  {c.Name,-10} {c.Summary}"));
        lines.Add(string.Empty);
        lines.Add("Exit codes: 0 no error findings · 1 error findings · 2 unreadable input or bad usage");
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
