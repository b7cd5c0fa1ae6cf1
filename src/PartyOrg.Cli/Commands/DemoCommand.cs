using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Cli.Demo;
using PartyOrg.Cli.Output;
using PartyOrg.Cli.Sample;

namespace PartyOrg.Cli.Commands;

/// <summary><c>partyorg demo</c>: runs the library on the embedded sample organ.</summary>
public sealed class DemoCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "demo";

    /// <inheritdoc />
    public int Order => 90;

    /// <inheritdoc />
    public string Summary => "示例机关的完整报告 / the full report on the embedded sample organ";

    /// <inheritdoc />
    public IReadOnlyList<string> Options => new[] { "lang=" };

    /// <inheritdoc />
    public string Help => string.Join(Environment.NewLine, new[]
    {
        "partyorg demo [--lang zh-CN|en|both]",
        string.Empty,
        "Runs every capability of the library on an embedded sample organ (某市发展和改革委员会: 党组, 机关党委,",
        "general branches, regular/joint/temporary branches, Party groups, 110 members), as of " + SampleOrgan.AsOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".",
        "Default: the report in Chinese, then the same report in English (each line in one language); --lang chooses one.",
        string.Empty,
        "Example: partyorg demo --lang en",
        string.Empty,
    });

    /// <summary>The report sections, in order.</summary>
    public static IReadOnlyList<IDemoSection> Sections { get; } = new IDemoSection[]
    {
        new HierarchySection(),
        new RestructuringSection(),
        new MeetingsSection(),
        new TermsSection(),
        new ElectionSection(),
        new DuesSection(),
        new DevelopmentSection(),
        new LeadershipSection(),
        new AssessmentSection(),
        new FindingsSection(),
    }.OrderBy(s => s.Order).ToArray();

    /// <inheritdoc />
    public int Run(CommandLine line, CommandIo io)
    {
        var language = Languages.Parse(line.Get("lang"), OutputLanguage.Both);
        var w = new WrappingWriter(io.Out, TerminalWidth.Of(io.Out));
        if (language == OutputLanguage.Both)
        {
            // One language per line: the whole report in Chinese, then the whole report in English.
            Write(w, OutputLanguage.Chinese);
            w.WriteLine();
            Write(w, OutputLanguage.English);
        }
        else
        {
            Write(w, language);
        }

        w.Flush();
        return CliApp.Ok;
    }

    private static void Write(System.IO.TextWriter w, OutputLanguage language)
    {
        w.WriteLine(language.Pick("PartyOrg.Domain 演示：某市发展和改革委员会", "PartyOrg.Domain demo: a city development and reform commission"));
        var asOf = SampleOrgan.AsOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        w.WriteLine(language.Pick("截至 " + asOf, "As of " + asOf));
        foreach (var section in Sections)
        {
            w.WriteLine();
            var title = language.Pick(section.ChineseTitle, section.EnglishTitle);
            w.WriteLine("== " + title + " ==");
            w.WriteLine();
            section.Write(w, language);
        }
    }
}
