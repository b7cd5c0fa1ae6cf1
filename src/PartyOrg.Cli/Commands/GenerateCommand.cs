using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using PartyOrg.Cli.Generation;

namespace PartyOrg.Cli.Commands;

/// <summary><c>partyorg generate</c>: writes a deterministic synthetic input document (JSON) to standard output.</summary>
public sealed class GenerateCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "generate";

    /// <inheritdoc />
    public int Order => 80;

    /// <inheritdoc />
    public string Summary => "生成合成测试数据 / write a synthetic input document (small, city, province)";

    /// <inheritdoc />
    public IReadOnlyList<string> Options => new[] { "size=", "seed=", "quiet" };

    /// <inheritdoc />
    public string Help => string.Join(Environment.NewLine, new[]
    {
        "partyorg generate [--size small|city|province] [--seed N] [--quiet]",
        string.Empty,
        "Writes a synthetic input document (the JSON interchange format) to standard output: 机关工委, departments",
        "(党组 + 机关党委), general branches, branches of 5–60 members with Party groups, posts, terms, a year of",
        "meetings with attendance, and some elections. The same size and seed always write the same bytes.",
        "  small     1 department, 20 branches, 400 members",
        "  city      1 机关工委, 100 departments, 2,000 branches, 40,000 members",
        "  province  50 机关工委, 5,000 departments, 100,000 branches, 2,000,000 members (about 1.8 GB of JSON)",
        "Default size small; default seed " + SyntheticOrgan.DefaultSeed.ToString(CultureInfo.InvariantCulture) + ".",
        "When standard error is a terminal, a progress line shows the stage, the bytes written and the time (显示进度);",
        "--quiet hides it. Standard output carries the JSON only.",
        string.Empty,
        "Example: partyorg generate --size city > city.json && partyorg check city.json",
        string.Empty,
    });

    /// <inheritdoc />
    public int Run(CommandLine line, CommandIo io)
    {
        var size = SyntheticSize.Parse(line.Choice("size", "small", "small", "city", "province"));
        var seedText = line.Get("seed", SyntheticOrgan.DefaultSeed.ToString(CultureInfo.InvariantCulture))!;
        if (!long.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
        {
            throw new UsageException($"--seed must be a whole number, not \"{seedText}\"");
        }

        using var progress = new Output.ProgressLine(io.Error, io.ErrorIsTerminal && !line.Has("quiet"));
        progress.Stage("生成 / generating " + line.Get("size", "small"));
        if (ReferenceEquals(io.Out, Console.Out))
        {
            // The real standard output: the document is generated and written as it goes (a province is about 1.8 GB).
            io.Out.Flush();
            using var stdout = progress.Count(Console.OpenStandardOutput());
            SyntheticJson.Write(size, seed, stdout, progress.Stage);
            stdout.Flush();
            return CliApp.Ok;
        }

        using var buffer = new MemoryStream();
        SyntheticJson.Write(size, seed, buffer, progress.Stage);
        io.Out.Write(new UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        return CliApp.Ok;
    }
}
