using System;
using System.Collections.Generic;
using System.Linq;

namespace PartyOrg.Cli.Commands;

/// <summary>A parsed command line: positional arguments and <c>--name value</c> / <c>--name=value</c> / <c>--flag</c> options.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> options;

    private CommandLine(IReadOnlyList<string> positional, Dictionary<string, string?> options)
    {
        Positional = positional;
        this.options = options;
    }

    /// <summary>The positional arguments (a file name; <c>-</c> is standard input).</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses arguments against the allowed options (a name ending in '=' takes a value). <c>--help</c> is always allowed.</summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <param name="allowed">The allowed options.</param>
    /// <returns>The parsed line.</returns>
    /// <exception cref="UsageException">An unknown option, or a value is missing.</exception>
    public static CommandLine Parse(string[] args, IReadOnlyList<string> allowed)
    {
        var withValue = new HashSet<string>(allowed.Where(a => a.EndsWith("=", StringComparison.Ordinal)).Select(a => a.TrimEnd('=')), StringComparer.Ordinal);
        var flags = new HashSet<string>(allowed.Where(a => !a.EndsWith("=", StringComparison.Ordinal)), StringComparer.Ordinal) { "help" };
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "-h")
            {
                a = "--help";
            }

            if (!a.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(a);
                continue;
            }

            var name = a.Substring(2);
            string? value = null;
            var eq = name.IndexOf('=');
            if (eq >= 0)
            {
                value = name.Substring(eq + 1);
                name = name.Substring(0, eq);
            }

            if (withValue.Contains(name))
            {
                if (value is null)
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new UsageException($"option --{name} needs a value");
                    }

                    value = args[++i];
                }
            }
            else if (flags.Contains(name))
            {
                if (value is not null)
                {
                    throw new UsageException($"option --{name} takes no value");
                }
            }
            else
            {
                var known = string.Join(", ", withValue.Concat(flags).OrderBy(x => x, StringComparer.Ordinal).Select(x => "--" + x));
                throw new UsageException($"unknown option --{name} (known: {known})");
            }

            options[name] = value;
        }

        return new CommandLine(positional, options);
    }

    /// <summary>Creates a parsed line from the result of the System.CommandLine front end.</summary>
    /// <param name="positional">The positional arguments.</param>
    /// <param name="options">The given options (without dashes) and their values (null for a flag).</param>
    /// <returns>The line.</returns>
    internal static CommandLine FromParsed(IReadOnlyList<string> positional, IReadOnlyDictionary<string, string?> options) =>
        new(positional, new Dictionary<string, string?>(options.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal));

    /// <summary>Whether an option was given.</summary>
    /// <param name="name">The option name without dashes.</param>
    /// <returns>True when given.</returns>
    public bool Has(string name) => options.ContainsKey(name);

    /// <summary>The value of an option, or <paramref name="fallback"/>.</summary>
    /// <param name="name">The option name without dashes.</param>
    /// <param name="fallback">The default.</param>
    /// <returns>The value.</returns>
    public string? Get(string name, string? fallback = null) => options.TryGetValue(name, out var v) ? v : fallback;

    /// <summary>The value of an option restricted to <paramref name="choices"/>.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="fallback">The default.</param>
    /// <param name="choices">The allowed values.</param>
    /// <returns>The value.</returns>
    /// <exception cref="UsageException">The value is not one of the choices.</exception>
    public string Choice(string name, string fallback, params string[] choices)
    {
        var v = Get(name, fallback)!;
        if (!choices.Contains(v, StringComparer.Ordinal))
        {
            throw new UsageException($"--{name} must be one of {string.Join(", ", choices)}, not \"{v}\"");
        }

        return v;
    }
}
