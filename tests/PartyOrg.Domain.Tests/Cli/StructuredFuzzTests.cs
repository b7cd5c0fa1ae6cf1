using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using FluentAssertions;
using PartyOrg.Domain.Tests.Json;
using Xunit;
using Xunit.Abstractions;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>
/// Structured fuzzing of every command: valid documents mutated field by field (deletion, duplication, wrong types,
/// int.MaxValue and negative counts, extreme dates, lone surrogates and other Unicode edge cases, dangling and
/// colliding ids, over-long strings). Every run must end with exit 0/1 and valid, bounded output, or exit 2 with
/// located problems — never the last-resort "defect" message. CI runs a fixed seed and budget
/// (<see cref="DefaultDocuments"/> documents); set PARTYORG_FUZZ_DOCS (e.g. 5000) and PARTYORG_FUZZ_SEED for a long
/// local run: <c>PARTYORG_FUZZ_DOCS=5000 dotnet test -c Release --filter StructuredFuzzTests</c>. The run's summary
/// (outcomes per exit code, the largest output and its ratio to the document) goes to the test output, and to the file
/// named by PARTYORG_FUZZ_SUMMARY when it is set.
/// </summary>
public sealed class StructuredFuzzTests
{
    private readonly ITestOutputHelper log;

    /// <summary>Creates the tests.</summary>
    /// <param name="log">The test output.</param>
    public StructuredFuzzTests(ITestOutputHelper log) => this.log = log;

    /// <summary>The CI budget: documents per run (each through four commands).</summary>
    public const int DefaultDocuments = 160;

    /// <summary>The CI seed.</summary>
    public const ulong DefaultSeed = 20261130;

    private static readonly string[] Bases = { "interchange.json", "sample-organ.json", "minimal.json" };

    private static readonly string[][] Commands =
    {
        new[] { "check", "-", "--format", "json" },
        new[] { "terms", "-", "--format", "json" },
        new[] { "elect", "-", "--format", "json" },
        new[] { "calendar", "-", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "ics" },
    };

    /// <summary>Raw JSON texts spliced in through placeholders (they cannot all be built as .NET strings).</summary>
    private static readonly string[] RawStrings =
    {
        "\"\\ud800\"", "\"\\udc00\"", "\"\\udc00\\ud800\"", "\"x\\ud800y\"", "\"\\u0000\"", "\"\\u200f\\u202e\"", "\"\\ufeff\"", "\"e\\u0301\"",
        "\"\\ud83d\\ude00\"", "\"\"", "\"   \"", "\" b \"", "\"" + new string('长', 201) + "\"", "\"" + new string('i', 129) + "\"",
        "\"" + new string('t', 2001) + "\"",
    };

    private static readonly string[] RawNumbers = { "2147483647", "-2147483648", "-1", "0", "2147483648", "1e308", "-0", "1.5", "10000001", "10000000", "11", "10", "7976", "500" };

    private static readonly string[] RawDates = { "\"1900-01-01\"", "\"2199-12-31\"", "\"1899-12-31\"", "\"2200-01-01\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"0000-01-01\"", "\"2026-02-29\"", "\"2028-02-29\"" };

    private static readonly string[] RawOthers = { "null", "true", "[]", "{}", "[null]", "[1]", "{\"x\":1}", "\"nowhere\"" };

    [Fact]
    public void EveryCommand_OnStructurallyMutatedDocuments_NeverReachesTheLastResort()
    {
        var documents = Environment.GetEnvironmentVariable("PARTYORG_FUZZ_DOCS") is { Length: > 0 } d ? int.Parse(d, CultureInfo.InvariantCulture) : DefaultDocuments;
        var seed = Environment.GetEnvironmentVariable("PARTYORG_FUZZ_SEED") is { Length: > 0 } s ? ulong.Parse(s, CultureInfo.InvariantCulture) : DefaultSeed;
        var outcomes = new Dictionary<int, int>();
        long largest = 0, largestInput = 0;
        var largestCommand = string.Empty;
        double largestRatio = 0;
        foreach (var json in Documents(documents, seed))
        {
            foreach (var args in Commands)
            {
                var (exit, outputLength) = RunWellBehaved(json, args);
                outcomes[exit] = outcomes.TryGetValue(exit, out var n) ? n + 1 : 1;
                if (outputLength > largest)
                {
                    (largest, largestInput, largestCommand) = (outputLength, json.Length, args[0]);
                }

                largestRatio = Math.Max(largestRatio, (double)outputLength / json.Length);
            }
        }

        var summary = string.Format(CultureInfo.InvariantCulture,
            "structured fuzz: seed {0}, {1} documents x {2} commands = {3} runs; exit 0: {4}, exit 1: {5}, exit 2: {6}; last-resort messages 0; "
            + "largest output {7} characters ({8} on a {9}-character document); largest output / document {10:0.0}",
            seed, documents, Commands.Length, documents * Commands.Length, outcomes.GetValueOrDefault(0), outcomes.GetValueOrDefault(1), outcomes.GetValueOrDefault(2),
            largest, largestCommand, largestInput, largestRatio);
        log.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("PARTYORG_FUZZ_SUMMARY") is { Length: > 0 } summaryFile)
        {
            File.WriteAllText(summaryFile, summary + "\n");
        }

        // The mutations reach both the loader's problems and the commands' results.
        outcomes.Keys.Should().Contain(new[] { 0, 1, 2 });
        outcomes[2].Should().BeLessThan(documents * Commands.Length, "some mutations leave a loadable document");
    }

    [Fact]
    public void Mutator_IsDeterministicForASeed()
    {
        Documents(20, 5).Should().Equal(Documents(20, 5));
        Documents(20, 5).Should().NotEqual(Documents(20, 6));
        var sample = Documents(DefaultDocuments, DefaultSeed);
        sample.Should().Contain(j => j.Contains("\\ud800\":"), "a lone surrogate in a property name")
            .And.Contain(j => j.Contains(":\"\\ud800\""), "a lone surrogate in a value")
            .And.Contain(j => j.Contains(":2147483647"), "int.MaxValue on a field")
            .And.Contain(j => j.Contains(":-1"), "a negative number")
            .And.Contain(j => j.Contains("dangling-"), "a dangling id");
    }

    [Fact]
    public void RegressionFiles_EveryCommand_Exit2WithALocatedProblem()
    {
        var dir = RepoFiles.PathOf("tests", "PartyOrg.Domain.Tests", "Cli", "FuzzRegressions");
        var files = Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        files.Should().HaveCountGreaterThanOrEqualTo(6);
        foreach (var file in files)
        {
            var expected = File.ReadAllText(Path.ChangeExtension(file, ".expected.txt")).Trim();
            var json = File.ReadAllText(file, Encoding.UTF8);
            foreach (var args in Commands)
            {
                var (exit, output, error) = CliRunner.Run(json, args);
                exit.Should().Be(2, Path.GetFileName(file) + " " + args[0] + ": " + error);
                output.Should().BeEmpty();
                error.Should().StartWith($"partyorg {args[0]}: cannot read standard input (").And.Contain("\n" + expected, Path.GetFileName(file));
            }
        }
    }

    /// <summary>Runs one command on one document and checks the outcome; returns the exit code.</summary>
    internal static int AssertWellBehaved(string json, string[] args) => RunWellBehaved(json, args).Exit;

    /// <summary>Runs one command on one document and checks the outcome; returns the exit code and the output's length.</summary>
    internal static (int Exit, int OutputLength) RunWellBehaved(string json, string[] args)
    {
        var (exit, output, error) = CliRunner.Run(json, args);
        var because = args[0] + " on " + (json.Length > 4000 ? json.Substring(0, 4000) + "…" : json);
        error.Should().NotContain("unexpected failure", because).And.NotContain("defect", because).And.NotContain("internal error", because);
        CliRunner.HasStackTrace(error).Should().BeFalse(because);
        switch (exit)
        {
            case 0:
            case 1:
                error.Should().BeEmpty(because);
                output.Length.Should().BeLessThan(200 * json.Length + 4_000_000, "output is bounded: " + because);
                if (args.Contains("json"))
                {
                    var parse = () => JsonDocument.Parse(output).Dispose();
                    parse.Should().NotThrow(because);
                }
                else
                {
                    output.Should().StartWith("BEGIN:VCALENDAR\r\n", because).And.EndWith("END:VCALENDAR\r\n", because);
                }

                break;
            case 2:
                output.Should().BeEmpty(because);
                var lines = error.TrimEnd('\n').Split('\n');
                lines[0].Should().StartWith($"partyorg {args[0]}: cannot read standard input (", because);
                lines.Skip(1).Should().NotBeEmpty(because).And.OnlyContain(l => l.StartsWith("$", StringComparison.Ordinal) && l.Contains(": "), because);
                break;
            default:
                exit.Should().BeInRange(0, 2, because);
                break;
        }

        return (exit, output.Length);
    }

    /// <summary>
    /// <paramref name="count"/> mutated documents: a CsCheck generator of mutation plans, driven by a PCG stream
    /// seeded with <paramref name="seed"/> so that the same seed gives the same documents.
    /// </summary>
    internal static List<string> Documents(int count, ulong seed)
    {
        var bases = Bases.Select(b => File.ReadAllText(CliRunner.Example(b))).ToArray();
        var plan = Gen.Select(Gen.Int[0, bases.Length - 1], Gen.Int[0, int.MaxValue].Array[3, 3].Array[1, 4]);
        var pcg = new PCG(7, seed);
        var list = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var (doc, steps) = plan.Generate(pcg, null, out _);
            list.Add(Mutate(bases[doc], steps));
        }

        return list;
    }

    private static string Mutate(string json, int[][] steps)
    {
        var root = JsonNode.Parse(json)!;
        var raw = new List<string>();
        string Placeholder(string text)
        {
            raw.Add(text);
            return "\u0001raw" + (raw.Count - 1).ToString(CultureInfo.InvariantCulture) + "\u0001";
        }

        foreach (var step in steps)
        {
            var (parent, key, index) = Pick(root, step[0]);
            var current = key is not null ? parent.AsObject()[key] : parent.AsArray()[index];
            var choice = step[2];
            JsonNode? value;
            switch (step[1] % 9)
            {
                case 0 when key is not null: // delete the field
                    parent.AsObject().Remove(key);
                    continue;
                case 1 when key is not null: // duplicate the field (the name is restored after serialization)
                    parent.AsObject()[Placeholder(JsonSerializer.Serialize(key)) + "dup" + step[2].ToString(CultureInfo.InvariantCulture)] = current?.DeepClone();
                    continue;
                case 2: // a wrong type or null
                    value = JsonValue.Create(Placeholder(RawOthers[choice % RawOthers.Length]));
                    break;
                case 3: // extreme and invalid numbers
                    value = JsonValue.Create(Placeholder(RawNumbers[choice % RawNumbers.Length]));
                    break;
                case 4: // extreme valid and invalid dates
                    value = JsonValue.Create(Placeholder(RawDates[choice % RawDates.Length]));
                    break;
                case 5: // Unicode edge cases and over-long strings
                    value = JsonValue.Create(Placeholder(RawStrings[choice % RawStrings.Length]));
                    break;
                case 6 when key is not null: // a lone surrogate in a property name
                    parent.AsObject().Remove(key);
                    parent.AsObject()[Placeholder("\"" + key + "\\ud800\"")] = current;
                    continue;
                case 7: // a colliding id: the value of another string in the document
                    value = JsonValue.Create(OtherString(root, choice) ?? "b-1");
                    break;
                default: // a dangling id
                    value = JsonValue.Create("dangling-" + (choice % 3).ToString(CultureInfo.InvariantCulture));
                    break;
            }

            if (key is not null)
            {
                parent.AsObject()[key] = value;
            }
            else
            {
                parent.AsArray()[index] = value;
            }
        }

        var text = root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        for (var i = raw.Count - 1; i >= 0; i--)
        {
            var mark = "\\u0001raw" + i.ToString(CultureInfo.InvariantCulture) + "\\u0001";
            text = text.Replace("\"" + mark + "\"", raw[i]);
            text = System.Text.RegularExpressions.Regex.Replace(text, "\"" + System.Text.RegularExpressions.Regex.Escape(mark) + "(dup[0-9]+)?\":", m => raw[i] + ":");
        }

        return text;
    }

    private static string? OtherString(JsonNode root, int choice)
    {
        var strings = new List<string>();
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var p in o)
                    {
                        Walk(p.Value);
                    }

                    break;
                case JsonArray a:
                    foreach (var x in a)
                    {
                        Walk(x);
                    }

                    break;
                case JsonValue v when v.TryGetValue<string>(out var s) && !s.StartsWith("\u0001", StringComparison.Ordinal):
                    strings.Add(s);
                    break;
            }
        }

        Walk(root);
        return strings.Count == 0 ? null : strings[choice % strings.Count];
    }

    /// <summary>A value somewhere in the document, chosen by <paramref name="choice"/>: (container, property or null, index).</summary>
    private static (JsonNode Parent, string? Key, int Index) Pick(JsonNode root, int choice)
    {
        var at = root;
        (JsonNode, string?, int) last = (root, "asOf", -1);
        var r = (uint)choice;
        for (var depth = 0; depth < 6; depth++)
        {
            switch (at)
            {
                case JsonObject o when o.Count > 0:
                    var p = o.ElementAt((int)(r % (uint)o.Count));
                    last = (o, p.Key, -1);
                    at = p.Value!;
                    break;
                case JsonArray a when a.Count > 0:
                    var i = (int)(r % (uint)a.Count);
                    last = (a, null, i);
                    at = a[i]!;
                    break;
                default:
                    return last;
            }

            r = (r * 2654435761u) + 12345u;
            if (at is null || (r >> 28) == 0)
            {
                return last;
            }
        }

        return last;
    }
}
