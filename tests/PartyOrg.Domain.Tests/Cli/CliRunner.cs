using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartyOrg.Cli;
using PartyOrg.Cli.Commands;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>Runs <c>partyorg</c> in-process (captured streams, a fixed clock) or as a child process.</summary>
internal static class CliRunner
{
    /// <summary>2026-11-22 03:00 UTC = 2026-11-22 11:00 in Beijing.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 22, 3, 0);

    public static (int Exit, string Out, string Error) Run(string stdin, params string[] args) => Run(stdin, Now, args);

    public static (int Exit, string Out, string Error) Run(string stdin, Instant now, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, new CommandIo(new StringReader(stdin), output, error, null, new FakeClock(now)));
        return (exit, output.ToString(), error.ToString());
    }

    public static (int Exit, string Out, string Error) RunInCulture(string culture, params string[] args)
    {
        var (c, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return Run(string.Empty, args);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (c, ui);
        }
    }

    /// <summary>The tool as a child process: <c>$PARTYORG_TOOL</c> when set (an installed tool), else <c>dotnet PartyOrg.Cli.dll</c>.</summary>
    public static (int Exit, string Out, string Error) RunProcess(string? stdin, string? timeZone, params string[] args) =>
        RunProcessBytes(stdin is null ? null : new System.Text.UTF8Encoding(false).GetBytes(stdin), timeZone, args);

    public static (int Exit, string Out, string Error) RunProcessBytes(byte[]? stdin, string? timeZone, params string[] args)
    {
        var tool = Environment.GetEnvironmentVariable("PARTYORG_TOOL");
        var info = string.IsNullOrEmpty(tool)
            ? new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "PartyOrg.Cli.dll") } }
            : new ProcessStartInfo(tool);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.StandardOutputEncoding = System.Text.Encoding.UTF8;
        info.StandardErrorEncoding = System.Text.Encoding.UTF8;
        if (timeZone is not null)
        {
            info.Environment["TZ"] = timeZone;
        }

        using var process = Process.Start(info)!;
        var outTask = process.StandardOutput.ReadToEndAsync();
        var errTask = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin, 0, stdin.Length);
            process.StandardInput.BaseStream.Flush();
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(true);
            throw new TimeoutException("partyorg " + string.Join(" ", args) + " did not finish in 120 s");
        }

        return (process.ExitCode, outTask.Result, errTask.Result);
    }

    public static string Example(string name) => Json.RepoFiles.PathOf("docs", "examples", name);

    public static bool HasStackTrace(string text) => text.Split('\n').Any(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) && l.Contains('('));
}
