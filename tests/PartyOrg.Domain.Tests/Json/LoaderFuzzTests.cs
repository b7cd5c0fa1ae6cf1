using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>Mutated documents never make the loader throw: it either loads or lists problems, each with a JSON path.</summary>
public sealed class LoaderFuzzTests
{
    private static readonly byte[] Interchange = File.ReadAllBytes(RepoFiles.PathOf("docs", "examples", "interchange.json"));

    private static void AssertWellBehaved(byte[] bytes)
    {
        LoadResult result = null!;
        var act = () => result = PartyOrgDocument.Load(bytes);
        act.Should().NotThrow();
        if (!result.Success)
        {
            result.Problems.Should().NotBeEmpty().And.OnlyContain(p => p.Path.StartsWith("$", StringComparison.Ordinal) && p.Message.Length > 0);
            result.Problems.Select(p => p.ToString()).Where(CascadedProblemTests.ContradictsItself).Should().BeEmpty("no problem message may contradict itself");
        }
    }

    [Fact]
    public void Load_IdsSwappedInTheExportedDocument_NoMessageContradictsItself()
    {
        var exported = File.ReadAllText(RepoFiles.PathOf("docs", "examples", "exported-organ.json"));
        var random = new Random(20);
        JsonNode?[] ids = { "b-1", "b-2", "tb-1", "g-11", "g-12", "oc", "lg", "wc", "m-01", "m-09", "m-13", "nowhere", "temporary", "branch", "party-group" };
        for (var i = 0; i < 400; i++)
        {
            var root = JsonNode.Parse(exported)!;
            for (var k = 0; k < 1 + random.Next(2); k++)
            {
                var (parent, key, index) = PickValue(root, random);
                var value = ids[random.Next(ids.Length)]?.DeepClone();
                if (key is not null)
                {
                    parent.AsObject()[key] = value;
                }
                else
                {
                    parent.AsArray()[index] = value;
                }
            }

            AssertWellBehaved(Encoding.UTF8.GetBytes(root.ToJsonString()));
        }
    }

    [Fact]
    public void Load_RandomByteMutationsAndTruncations_NeverThrow()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 400; i++)
        {
            var bytes = (byte[])Interchange.Clone();
            if (i % 4 == 0)
            {
                bytes = bytes.Take(random.Next(bytes.Length)).ToArray();
            }
            else
            {
                for (var k = 0; k < 1 + (i % 3); k++)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }
            }

            AssertWellBehaved(bytes);
        }
    }

    [Fact]
    public void Load_RandomValueReplacements_NeverThrow_AndReportThePath()
    {
        var random = new Random(7);
        JsonNode?[] replacements = { null, 0, -1, 2147483648L, 1.5, true, "", " x ", "2026-02-30", "b-9", new JsonArray(), new JsonObject(), "brnch", "9999-12-31", "0001-01-01", "2199-12-31", "1900-01-01", 1000000 };
        for (var i = 0; i < 300; i++)
        {
            var root = JsonNode.Parse(Interchange)!;
            var (parent, key, index) = PickValue(root, random);
            var value = replacements[random.Next(replacements.Length)]?.DeepClone();
            if (key is not null)
            {
                parent.AsObject()[key] = value;
            }
            else
            {
                parent.AsArray()[index] = value;
            }

            AssertWellBehaved(Encoding.UTF8.GetBytes(root.ToJsonString()));
        }
    }

    /// <summary>Mutated documents that still load, as JSON text.</summary>
    internal static string[] LoadableMutations(int count, int seed)
    {
        var random = new Random(seed);
        JsonNode?[] replacements = { null, 0, 1, 3, 1000000, "2199-12-31", "1900-01-01", "2026-11-22", "m-2", "m-1", "b-1", "oc-drc", "g-1", "postpone", "advance", "by-election", "no-reason" };
        var found = new System.Collections.Generic.List<string>();
        for (var i = 0; i < count * 20 && found.Count < count; i++)
        {
            var root = JsonNode.Parse(Interchange)!;
            var (parent, key, index) = PickValue(root, random);
            var value = replacements[random.Next(replacements.Length)]?.DeepClone();
            if (key is not null)
            {
                parent.AsObject()[key] = value;
            }
            else
            {
                parent.AsArray()[index] = value;
            }

            var json = root.ToJsonString();
            if (PartyOrgDocument.Parse(json).Success)
            {
                found.Add(json);
            }
        }

        return found.ToArray();
    }

    /// <summary>A random value somewhere in the document, as (container, property name or null, array index).</summary>
    private static (JsonNode Parent, string? Key, int Index) PickValue(JsonNode root, Random random)
    {
        var at = root;
        (JsonNode, string?, int) last = (root, "asOf", -1);
        for (var depth = 0; depth < 6; depth++)
        {
            switch (at)
            {
                case JsonObject o when o.Count > 0:
                    var p = o.ElementAt(random.Next(o.Count));
                    last = (o, p.Key, -1);
                    at = p.Value!;
                    break;
                case JsonArray a when a.Count > 0:
                    var i = random.Next(a.Count);
                    last = (a, null, i);
                    at = a[i]!;
                    break;
                default:
                    return last;
            }

            if (at is null || random.Next(4) == 0)
            {
                return last;
            }
        }

        return last;
    }
}
