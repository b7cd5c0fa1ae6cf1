using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>Every malformed input gives exit code 2 and messages with JSON paths on stderr — never an exception or a stack trace.</summary>
public sealed class MalformedInputCorpusTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "partyorg-corpus-" + Guid.NewGuid().ToString("N"));

    public MalformedInputCorpusTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, true);

    public static TheoryData<string, string, string> Corpus() => new()
    {
        { "wrong-type", "{\"organizations\":[{\"id\":1,\"kind\":\"branch\",\"name\":\"x\"}]}", "$.organizations[0].id: expected a string, found the number 1" },
        { "unknown-enum", "{\"organizations\":[{\"id\":\"b\",\"kind\":\"cell\",\"name\":\"x\"}]}", "$.organizations[0].kind: unknown value \"cell\"; expected one of: working-committee," },
        { "dangling-id", "{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"x\"}],\"members\":[{\"id\":\"m\",\"name\":\"x\",\"branch\":\"b-9\",\"status\":\"full\"}]}", "$.members[0].branch: member \"m\": no organization \"b-9\"" },
        { "duplicate-id", "{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"x\"},{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"y\"}]}", "$.organizations[1].id: duplicate organization id \"b\"" },
        { "invalid-date", "{\"asOf\":\"2026-02-30\",\"organizations\":[]}", "$.asOf: \"2026-02-30\" is not a valid calendar date" },
        { "empty", string.Empty, "$: the document is empty" },
        { "empty-object", "{}", "$: the document is an empty object" },
        { "truncated", "{\"organizations\":[{\"id\":\"b\",\"kind\":\"bra", "$: not valid JSON at line 1" },
        { "not-json", "organizations: []", "$: not valid JSON at line 1, byte 1" },
        { "deep-nesting", "{\"organizations\":[],\"x-deep\":" + new string('[', 10_000) + new string(']', 10_000) + "}", "(the nesting limit is 64 levels)" },
        { "trailing-comma", "{\"organizations\":[],}", "$: not valid JSON at line 1" },
        { "unknown-property", "{\"organizations\":[],\"member\":[]}", "$.member: unknown property \"member\"" },
        { "null-root", "null", "$: expected an object, found null" },
        { "cascaded-post", "{\"organizations\":[{\"id\":\"oc\",\"kind\":\"organ-committee\",\"name\":\"x\"},{\"id\":\"b-18\",\"kind\":\"branch\",\"name\":\"t\",\"parent\":\"oc\",\"form\":\"temporary\"}],\"members\":[{\"id\":\"m-1\",\"name\":\"x\",\"branch\":\"b-18\",\"status\":\"full\"}],\"posts\":[{\"organization\":\"b-18\",\"member\":\"m-1\",\"post\":\"secretary\",\"since\":\"2024-01-01\"}]}", "(1 problem); nothing was checked:\n$.members[0].branch: member \"m-1\" is registered in temporary branch \"b-18\"" },
        { "lone-surrogate", "{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"\\ud800\"}]}", "$.organizations[0].name: invalid \\u escape (lone surrogate)" },
        { "reversed-pair", "{\"organizations\":[{\"id\":\"b\\udc00\\ud800\",\"kind\":\"branch\",\"name\":\"x\"}]}", "$.organizations[0].id: invalid \\u escape (lone surrogate)" },
        { "surrogate-property", "{\"organizations\":[],\"\\ud800\":1}", "$: property 2 of this object has a name with an invalid \\u escape (lone surrogate)" },
        { "surrogate-id-list", "{\"organizations\":[],\"meetings\":[{\"id\":\"m\",\"organization\":\"b\",\"kinds\":[\"themed-party-day\"],\"date\":\"2026-01-01\",\"attendees\":[\"\\udfff\"]}]}", "$.meetings[0].attendees[0]: invalid \\u escape (lone surrogate)" },
        { "years-max", "{\"organizations\":[],\"terms\":[{\"organization\":\"b\",\"start\":\"2020-01-01\",\"years\":2147483647}]}", "$.terms[0].years: expected a whole number between 1 and 10, found 2147483647" },
        { "years-11", "{\"organizations\":[],\"terms\":[{\"organization\":\"b\",\"start\":\"2020-01-01\",\"years\":11}]}", "$.terms[0].years: expected a whole number between 1 and 10, found 11" },
        { "count-max", "{\"organizations\":[],\"meetings\":[{\"id\":\"m\",\"organization\":\"b\",\"kinds\":[\"general-meeting\"],\"date\":\"2026-01-01\",\"votes\":[{\"item\":\"x\",\"for\":10000001}]}]}", "$.meetings[0].votes[0].for: expected a whole number between 0 and 10000000, found 10000001" },
        { "id-too-long", "{\"organizations\":[{\"id\":\"" + new string('i', 129) + "\",\"kind\":\"branch\",\"name\":\"x\"}]}", "$.organizations[0].id: a string of 129 characters; at most 128 are accepted here" },
        { "name-too-long", "{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"" + new string('名', 201) + "\"}]}", "$.organizations[0].name: a string of 201 characters; at most 200 are accepted here" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Check_MalformedFile_Exit2WithPath(string name, string content, string expected)
    {
        var file = Path.Combine(dir, name + ".json");
        File.WriteAllText(file, content, new UTF8Encoding(false));
        AssertUnreadable(CliRunner.Run(string.Empty, "check", file), expected);
        AssertUnreadable(CliRunner.Run(content, "check", "-"), expected);
    }

    [Fact]
    public void Load_BoundsAreInclusive()
    {
        var id = new string('i', 128);
        var name = new string('名', 199) + "\U0001F600"; // 200 characters, 201 UTF-16 code units
        Domain.Json.PartyOrgDocument.Parse("{\"organizations\":[{\"id\":\"" + id + "\",\"kind\":\"branch\",\"name\":\"" + name + "\"}],"
            + "\"terms\":[{\"organization\":\"" + id + "\",\"start\":\"2199-12-31\",\"years\":10}]}").Problems.Should().BeEmpty();
    }

    [Fact]
    public void Check_50MegabyteName_Exit2Quickly()
    {
        var json = "{\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"" + new string('x', 50_000_000) + "\"}]}";
        AssertUnreadable(CliRunner.Run(json, "check", "-"), "$.organizations[0].name: a string of 50000000 characters; at most 200 are accepted here");
    }

    [Fact]
    public void Check_NonUtf8Bytes_Exit2()
    {
        var file = Path.Combine(dir, "gbk.json");
        File.WriteAllBytes(file, Encoding.UTF8.GetBytes("{\n\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"").Concat(new byte[] { 0xD6, 0xD0, 0xB9, 0xFA }).Concat(Encoding.UTF8.GetBytes("\"}]}")).ToArray());
        AssertUnreadable(CliRunner.Run(string.Empty, "check", file), "$: the document is not valid UTF-8: byte 0xD6 at line 2");
    }

    [Fact]
    public void Check_HugeMalformedDocument_FailsWithALocatedProblem()
    {
        var file = Path.Combine(dir, "huge.json");
        using (var s = File.Create(file))
        {
            s.SetLength(65L * 1024 * 1024); // zero bytes: no size limit any more, the first byte is the problem
        }

        AssertUnreadable(CliRunner.Run(string.Empty, "check", file), "$: not valid JSON at line 1, byte 1: '0x00' is an invalid start of a value.");
    }

    [Fact]
    public void Check_DocumentLargerThan64MiB_IsRead()
    {
        var file = Path.Combine(dir, "padded.json");
        using (var w = new StreamWriter(file))
        {
            // An extension property (never read) makes the document larger than the old 64 MiB limit.
            w.Write("{\"x-pad\":[");
            var row = "\"" + new string('p', 1000) + "\"";
            for (var i = 0; i < 70 * 1024; i++)
            {
                w.Write(i == 0 ? row : "," + row);
            }

            w.Write("],\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"支部\"}]}");
        }

        new FileInfo(file).Length.Should().BeGreaterThan(64L * 1024 * 1024);
        var run = CliRunner.Run(string.Empty, "check", file, "--as-of", "2026-06-30");
        run.Exit.Should().NotBe(2, run.Error);
        run.Error.Should().NotContain("cannot read");
        run.Out.Should().Contain("2026-06-30");
    }

    [Fact]
    public void Check_50MegabyteDocument_IsProcessed_AndItsProblemsHavePaths()
    {
        var file = Path.Combine(dir, "big.json");
        var size = WriteBigDocument(file, 50L * 1000 * 1000, danglingAtEnd: true, out var members);
        size.Should().BeGreaterThan(50L * 1000 * 1000);
        AssertUnreadable(CliRunner.Run(string.Empty, "check", file), $"$.members[{members - 1}].branch: member \"x-m\": no organization \"nowhere\"");
    }

    [Fact]
    public void Check_50MegabyteValidDocument_IsChecked()
    {
        var file = Path.Combine(dir, "big-valid.json");
        WriteBigDocument(file, 50L * 1000 * 1000, danglingAtEnd: false, out _);
        var (exit, output, error) = CliRunner.Run(string.Empty, "check", file, "--format", "json");
        error.Should().BeEmpty();
        exit.Should().Be(1, "branches of 30 members without a committee have error findings");
        output.Should().Contain("\"summary\"");
    }

    /// <summary>Branches of 30 members each until the file exceeds <paramref name="bytes"/>.</summary>
    private static long WriteBigDocument(string file, long bytes, bool danglingAtEnd, out int members)
    {
        using var w = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16);
        w.Write("{\"asOf\":\"2026-11-22\",\"organizations\":[{\"id\":\"oc\",\"kind\":\"organ-committee\",\"name\":\"机关党委\"}");
        const int branches = 12_000;
        for (var b = 0; b < branches; b++)
        {
            w.Write($",{{\"id\":\"b-{b}\",\"kind\":\"branch\",\"name\":\"第{b}党支部\",\"parent\":\"oc\"}}");
        }

        w.Write("],\"members\":[");
        members = 0;
        while (w.BaseStream.Position < bytes)
        {
            if (members > 0)
            {
                w.Write(',');
            }

            w.Write($"{{\"id\":\"m-{members}\",\"name\":\"党员{members}号同志\",\"branch\":\"b-{members % branches}\",\"status\":\"full\",\"admitted\":\"2001-07-01\",\"fullSince\":\"2002-07-01\"}}");
            members++;
            if (members % 1000 == 0)
            {
                w.Flush();
            }
        }

        if (danglingAtEnd)
        {
            w.Write(",{\"id\":\"x-m\",\"name\":\"x\",\"branch\":\"nowhere\",\"status\":\"full\"}");
            members++;
        }

        w.Write("]}");
        w.Flush();
        return w.BaseStream.Length;
    }

    private static void AssertUnreadable((int Exit, string Out, string Error) run, string expected)
    {
        run.Exit.Should().Be(2, run.Error);
        run.Out.Should().BeEmpty();
        run.Error.Should().StartWith("partyorg check: cannot read ").And.Contain(expected);
        run.Error.Should().Contain("\n$");
        CliRunner.HasStackTrace(run.Error).Should().BeFalse();
        run.Error.Should().NotContain("Exception");
        run.Error.Split('\n').Where(Json.CascadedProblemTests.ContradictsItself).Should().BeEmpty("no problem message may contradict itself");
    }
}
