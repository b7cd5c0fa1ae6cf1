using System;
using System.Globalization;
using System.IO;
using System.Text;
using NodaTime;
using NodaTime.Text;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;

namespace PartyOrg.Cli.Commands;

/// <summary>Shared steps of the commands that read an input document: the FILE argument, dates, profile and "as of".</summary>
public static class DocumentInput
{
    /// <summary>China Standard Time, used for "today" when no date is given.</summary>
    public const string ChinaTimeZone = "Asia/Shanghai";

    /// <summary>Loads the document named by the single positional argument (<c>-</c> = standard input).</summary>
    /// <param name="command">The command name, for messages.</param>
    /// <param name="line">The command line.</param>
    /// <param name="io">The streams.</param>
    /// <returns>The document, or null after every problem was written to standard error (exit code 2).</returns>
    /// <exception cref="UsageException">No FILE or more than one.</exception>
    public static PartyOrgDocument? Load(string command, CommandLine line, CommandIo io) => Load(command, line, io, 1);

    /// <summary>Loads the document named by the single positional argument (<c>-</c> = standard input) on up to <paramref name="threads"/> threads.</summary>
    /// <param name="command">The command name, for messages.</param>
    /// <param name="line">The command line.</param>
    /// <param name="io">The streams.</param>
    /// <param name="threads">The most threads the load may use (<see cref="PartyOrgLoadOptions.MaxThreads"/>).</param>
    /// <returns>The document, or null after every problem was written to standard error (exit code 2).</returns>
    /// <exception cref="UsageException">No FILE or more than one.</exception>
    public static PartyOrgDocument? Load(string command, CommandLine line, CommandIo io, int threads)
    {
        if (line.Positional.Count != 1)
        {
            throw new UsageException(line.Positional.Count == 0
                ? "expected a FILE (or - for standard input)"
                : $"expected one FILE, got {line.Positional.Count}: {string.Join(" ", line.Positional)}");
        }

        return Load(command, line.Positional[0], io, threads);
    }

    /// <summary>Loads one document (<c>-</c> = standard input).</summary>
    /// <param name="command">The command name, for messages.</param>
    /// <param name="file">The file.</param>
    /// <param name="io">The streams.</param>
    /// <returns>The document, or null after every problem was written to standard error.</returns>
    public static PartyOrgDocument? Load(string command, string file, CommandIo io) => Load(command, file, io, 1);

    /// <summary>Loads one document (<c>-</c> = standard input), parsing large sections on a second thread when <paramref name="threads"/> allows.</summary>
    /// <param name="command">The command name, for messages.</param>
    /// <param name="file">The file.</param>
    /// <param name="io">The streams.</param>
    /// <param name="threads">The most threads the load may use (<see cref="PartyOrgLoadOptions.MaxThreads"/>).</param>
    /// <returns>The document, or null after every problem was written to standard error.</returns>
    public static PartyOrgDocument? Load(string command, string file, CommandIo io, int threads)
    {
        // The commands read the domain objects only: the contract objects are not kept (a large document's memory).
        var options = new PartyOrgLoadOptions { MaxThreads = threads, KeepContract = false };
        LoadResult result;
        Spreadsheets.WorkbookDocument? workbook = null;
        try
        {
            // A workbook (.xlsx) is converted into the JSON document and read by the same loader.
            workbook = file == "-" ? null : Spreadsheets.SpreadsheetInput.TryRead(file);
            result = workbook is not null ? PartyOrgDocument.Load(workbook.Json, options) : file == "-" ? LoadStandardInput(io, options) : LoadFile(file, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            io.Error.WriteLine($"partyorg {command}: cannot read {file}: {e.Message}");
            return null;
        }

        if (workbook is not null)
        {
            return Spreadsheets.SpreadsheetInput.Report(command, file, workbook, result, io);
        }

        if (result.Success)
        {
            ReleaseLoadGarbage();
            return result.Document;
        }

        var count = result.Problems.Count;
        io.Error.WriteLine($"partyorg {command}: cannot read {(file == "-" ? "standard input" : file)} ({count.ToString(CultureInfo.InvariantCulture)} problem{(count == 1 ? string.Empty : "s")}); nothing was checked:");
        foreach (var p in result.Problems)
        {
            io.Error.WriteLine(p.ToString());
        }

        return null;
    }

    /// <summary>The heap size from which a load is followed by a full collection (<see cref="ReleaseLoadGarbage"/>).</summary>
    private const long CollectAfter = 512L << 20;

    /// <summary>
    /// After a large load, one full collection: the load leaves its intermediate objects (read elements, the meeting
    /// builder's columns, id tables) dead in the oldest generation, where the collector would otherwise keep them while
    /// the audit allocates on top. Collecting them once here lowered a province's peak from 3.5 to 2.8–3.0 GiB, at no
    /// cost in CPU (the audit's own collections then have less to do; docs/performance.md). Small documents (a heap under
    /// <see cref="CollectAfter"/> bytes) skip it.
    /// </summary>
    private static void ReleaseLoadGarbage()
    {
        if (GC.GetTotalMemory(false) >= CollectAfter)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    private static LoadResult LoadFile(string file, PartyOrgLoadOptions options)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException(Directory.Exists(file) ? "it is a directory, not a file" : "no such file");
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920);
        return PartyOrgDocument.Load(stream, options);
    }

    private static LoadResult LoadStandardInput(CommandIo io, PartyOrgLoadOptions options)
    {
        if (io.OpenStandardInput is { } open)
        {
            using var stream = open();
            return PartyOrgDocument.Load(stream, options);
        }

        return PartyOrgDocument.Load(new UTF8Encoding(false).GetBytes(io.In.ReadToEnd()), options);
    }

    /// <summary>Parses a date option (<c>yyyy-MM-dd</c>).</summary>
    /// <param name="line">The command line.</param>
    /// <param name="name">The option name.</param>
    /// <returns>The date, or null when the option is absent.</returns>
    /// <exception cref="UsageException">The value is not a valid date.</exception>
    public static LocalDate? Date(CommandLine line, string name)
    {
        if (line.Get(name) is not { } text)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success || parsed.Value < PartyOrgLoadOptions.EarliestDate || parsed.Value > PartyOrgLoadOptions.LatestDate)
        {
            throw new UsageException($"--{name} must be a date yyyy-MM-dd between 1900-01-01 and 2199-12-31 (e.g. 2026-11-22), not \"{text}\"");
        }

        return parsed.Value;
    }

    /// <summary>The "as of" date: <c>--as-of</c>, else the document's <c>asOf</c>, else today in China Standard Time.</summary>
    /// <param name="line">The command line.</param>
    /// <param name="document">The document.</param>
    /// <param name="io">The streams and clock.</param>
    /// <param name="source"><c>option</c>, <c>document</c> or <c>clock</c>.</param>
    /// <returns>The date.</returns>
    public static LocalDate AsOf(CommandLine line, PartyOrgDocument document, CommandIo io, out string source)
    {
        if (Date(line, "as-of") is { } option)
        {
            source = "option";
            return option;
        }

        if (document.AsOf is { } fromDocument)
        {
            source = "document";
            return fromDocument;
        }

        source = "clock";
        return Today(io);
    }

    /// <summary>Today in China Standard Time, from the command's clock.</summary>
    /// <param name="io">The streams and clock.</param>
    /// <returns>The date.</returns>
    public static LocalDate Today(CommandIo io) => io.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[ChinaTimeZone]).Date;

    /// <summary>How the source of the date is written in text output.</summary>
    /// <param name="source">The source.</param>
    /// <param name="chinese">True for Chinese.</param>
    /// <returns>The note.</returns>
    public static string SourceNote(string source, bool chinese) => (source, chinese) switch
    {
        ("option", true) => "（--as-of）",
        ("option", false) => " (--as-of)",
        ("document", true) => "（文档 asOf）",
        ("document", false) => " (document asOf)",
        (_, true) => "（今日，中国标准时间）",
        _ => " (today, China Standard Time)",
    };

    /// <summary>The profile: <c>--profile</c>, else the document's, else <c>state-organs</c>.</summary>
    /// <param name="line">The command line.</param>
    /// <param name="document">The document, or null.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="UsageException">An unknown profile name.</exception>
    public static ComplianceProfile Profile(CommandLine line, PartyOrgDocument? document)
    {
        var name = line.Get("profile") ?? document?.ProfileName ?? ComplianceProfile.StateOrgans.Name;
        if (!ComplianceProfile.TryFromName(name, out var profile) || profile is null)
        {
            throw new UsageException($"unknown profile \"{name}\"; expected one of: {string.Join(", ", System.Linq.Enumerable.Select(ComplianceProfile.BuiltIn, p => p.Name))}");
        }

        return profile;
    }

    /// <summary>Formats a date as <c>yyyy-MM-dd</c> (invariant).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
