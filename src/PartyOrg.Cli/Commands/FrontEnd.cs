using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Completions;
using System.Linq;
using PartyOrg.Domain.Compliance;

namespace PartyOrg.Cli.Commands;

/// <summary>
/// The System.CommandLine front end. The command tree is built from the registered <see cref="ICommand"/> list: one
/// subcommand per command, one typed option per entry of <see cref="ICommand.Options"/> (a name ending in '=' is a
/// string option with one value, any other name a flag) and the positional FILE arguments. The parse result is adapted
/// into the <see cref="CommandLine"/> the command's <see cref="ICommand.Run"/> receives, so a command written against
/// that contract needs nothing else. Usage errors are reported here (with "did you mean" and the usage line).
/// </summary>
public sealed class FrontEnd
{
    /// <summary>The root usage line.</summary>
    public const string RootUsage = "Usage: partyorg <command> [options]    (partyorg <command> --help for details)";

    private static readonly Dictionary<string, string[]> KnownValues = new(StringComparer.Ordinal)
    {
        ["lang"] = new[] { "zh-CN", "en", "both" },
        ["size"] = new[] { "small", "city", "province" },
        ["rounding"] = new[] { "half-up", "half-even", "truncate" },
        ["format"] = new[] { "table", "json", "markdown", "ics", "csv", "xlsx" },
    };

    private readonly Dictionary<string, Declared> commands = new(StringComparer.Ordinal);

    /// <summary>Builds the tree.</summary>
    /// <param name="registered">The registered commands.</param>
    public FrontEnd(IReadOnlyList<ICommand> registered)
    {
        if (registered is null)
        {
            throw new ArgumentNullException(nameof(registered));
        }

        Root = new RootCommand("partyorg — 党组织合规检查 / compliance checks for grassroots Party organizations");
        Root.Options.Clear(); // --help and --version are answered by CliApp, with the bilingual texts
        foreach (var command in registered)
        {
            var declared = new Declared(command);
            commands[command.Name] = declared;
            Root.Subcommands.Add(declared.Command);
        }
    }

    /// <summary>The root command (its directives give shell completion: <c>partyorg [suggest:N] "LINE"</c>).</summary>
    public RootCommand Root { get; }

    /// <summary>The parser settings: no response files (<c>@file</c> is an ordinary argument), no bundling.</summary>
    public static ParserConfiguration Configuration => new() { ResponseFileTokenReplacer = null, EnablePosixBundling = false };

    /// <summary>Parses the arguments of one command.</summary>
    /// <param name="args">The whole command line (the command name first).</param>
    /// <param name="command">The command.</param>
    /// <param name="line">The adapted line, when the command line is valid.</param>
    /// <param name="errors">The usage errors otherwise (each a full sentence).</param>
    /// <returns>True when valid.</returns>
    public bool TryParse(string[] args, ICommand command, out CommandLine? line, out IReadOnlyList<string> errors)
    {
        var declared = commands[command.Name];
        var result = Root.Parse(args, Configuration);
        var problems = new List<string>();
        var positional = (result.GetValue(declared.Files) ?? Array.Empty<string>()).ToList();
        foreach (var value in positional.Where(v => v.StartsWith("--", StringComparison.Ordinal) && v.Length > 2))
        {
            var name = value.Substring(2).Split('=')[0];
            problems.Add($"unknown option --{name}{Suggest(name, declared.OptionNames, "--")}");
        }

        foreach (var error in result.Errors)
        {
            problems.Add(Rephrase(error.Message));
        }

        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, option) in declared.Options)
        {
            if (result.GetResult(option) is not { Implicit: false } given)
            {
                continue;
            }

            if (option is Option<bool> && given.Tokens.Count > 0)
            {
                problems.Add($"option --{name} takes no value");
                continue;
            }

            options[name] = option is Option<string> && given.Tokens.Count == 1 ? given.Tokens[0].Value : null;
        }

        if (declared.Help is { } help && result.GetResult(help) is { Implicit: false })
        {
            options["help"] = null;
            problems.Clear();
        }

        if (problems.Count == 0 && declared.OptionNames.Contains("from") && declared.OptionNames.Contains("to")
            && options.ContainsKey("from") != options.ContainsKey("to") && !options.ContainsKey("help"))
        {
            problems.Add(options.ContainsKey("from")
                ? "--from needs --to (the window has both ends) / --from 须与 --to 同时给出"
                : "--to needs --from (the window has both ends) / --to 须与 --from 同时给出");
        }

        errors = problems;
        line = problems.Count == 0 ? CommandLine.FromParsed(positional.Where(v => !(v.StartsWith("--", StringComparison.Ordinal) && v.Length > 2)).ToArray(), options) : null;
        return problems.Count == 0;
    }

    /// <summary>The completions of a partial command line (the <c>[suggest:N]</c> directive of dotnet-suggest).</summary>
    /// <param name="text">The line typed so far, without the tool's name.</param>
    /// <param name="position">The cursor position in <paramref name="text"/>.</param>
    /// <returns>The candidate words.</returns>
    public IReadOnlyList<string> Complete(string text, int position) =>
        Root.Parse(text, Configuration).GetCompletions(Math.Clamp(position, 0, text.Length)).Select(c => c.Label).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>", did you mean X?" for the nearest candidate, or nothing when none is near.</summary>
    /// <param name="typed">What was typed.</param>
    /// <param name="candidates">The valid words.</param>
    /// <param name="prefix">Written before the suggestion (e.g. <c>--</c>).</param>
    /// <returns>The suggestion text.</returns>
    public static string Suggest(string typed, IEnumerable<string> candidates, string prefix)
    {
        var best = Nearest(typed, candidates);
        return best is null ? string.Empty : $"; did you mean {prefix}{best}? / 是否要输入 {prefix}{best}？";
    }

    /// <summary>The candidate nearest to <paramref name="typed"/> (edit distance with transpositions, at most a third of its length, at least 1; or a unique prefix).</summary>
    /// <param name="typed">What was typed.</param>
    /// <param name="candidates">The valid words.</param>
    /// <returns>The nearest, or null.</returns>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        var list = candidates.ToArray();
        var prefixed = list.Where(c => typed.Length >= 2 && c.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (prefixed.Length == 1)
        {
            return prefixed[0];
        }

        var limit = Math.Max(1, typed.Length / 3);
        return list.Select(c => (Word: c, Distance: Distance(typed.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(p => p.Distance <= limit)
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Word, StringComparer.Ordinal)
            .Select(p => p.Word)
            .FirstOrDefault();
    }

    /// <summary>The optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions).</summary>
    /// <param name="a">One word.</param>
    /// <param name="b">The other.</param>
    /// <returns>The distance.</returns>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string Rephrase(string message)
    {
        // System.CommandLine's own messages are English sentences; keep them, without a trailing period.
        return message.TrimEnd('.');
    }

    /// <summary>One command as declared to System.CommandLine.</summary>
    private sealed class Declared
    {
        public Declared(ICommand command)
        {
            Command = new Command(command.Name, command.Summary);
            Files = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore, Description = "the input document (- = standard input)" };
            Command.Arguments.Add(Files);
            foreach (var spec in command.Options)
            {
                var takesValue = spec.EndsWith("=", StringComparison.Ordinal);
                var name = spec.TrimEnd('=');
                if (name == "help")
                {
                    continue;
                }

                Option option;
                if (takesValue)
                {
                    var text = new Option<string>("--" + name) { Arity = ArgumentArity.ExactlyOne };
                    if (KnownValues.TryGetValue(name, out var values))
                    {
                        text.CompletionSources.Add(values);
                    }
                    else if (name == "profile")
                    {
                        text.CompletionSources.Add(ComplianceProfile.BuiltIn.Select(p => p.Name).ToArray());
                    }

                    option = text;
                }
                else
                {
                    option = new Option<bool>("--" + name) { Arity = ArgumentArity.ZeroOrOne };
                }

                Options.Add((name, option));
                Command.Options.Add(option);
            }

            Help = new Option<bool>("--help", "-h", "-?") { Arity = ArgumentArity.Zero, Description = "帮助 / help" };
            Command.Options.Add(Help);
            OptionNames = Options.Select(o => o.Name).Concat(new[] { "help" }).ToArray();
        }

        public Command Command { get; }

        public Argument<string[]> Files { get; }

        public List<(string Name, Option Option)> Options { get; } = new();

        public Option<bool>? Help { get; }

        public IReadOnlyList<string> OptionNames { get; }
    }
}
