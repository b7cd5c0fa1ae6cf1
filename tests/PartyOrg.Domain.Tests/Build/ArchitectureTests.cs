using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace PartyOrg.Domain.Tests.Build;

/// <summary>
/// The dependency graph of docs/architecture.md, checked on the sources: Assessment → Compliance → Meetings, Terms, Elections, Dues →
/// Calendars, Organizations → Regulations; no layer below Compliance names it, and the rules share the Compliance
/// namespace (no Compliance ⇄ Compliance.Rules cycle).
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Layers = { "Assessment", "AssessmentData", "Compliance", "Meetings", "Terms", "Elections", "Dues", "Leadership", "Development", "Calendars", "Organizations", "Regulations", "Internal" };

    /// <summary>What each namespace may use besides itself and Internal.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Assessment"] = new[] { "Compliance", "AssessmentData", "Meetings", "Terms", "Elections", "Dues", "Leadership", "Development", "Calendars", "Organizations", "Regulations" },
        ["AssessmentData"] = new[] { "Calendars", "Organizations", "Regulations" },
        ["Compliance"] = new[] { "AssessmentData", "Meetings", "Terms", "Elections", "Dues", "Leadership", "Development", "Calendars", "Organizations", "Regulations" },
        ["Meetings"] = new[] { "Calendars", "Organizations", "Regulations" },
        ["Terms"] = new[] { "Calendars", "Organizations", "Regulations" },
        ["Elections"] = new[] { "Calendars", "Organizations", "Regulations" },
        ["Dues"] = new[] { "Calendars", "Organizations", "Regulations" },
        ["Leadership"] = new[] { "Calendars", "Organizations", "Regulations" },
        ["Development"] = new[] { "Calendars", "Organizations", "Regulations" },
        ["Calendars"] = new[] { "Regulations" },
        ["Organizations"] = new[] { "Regulations" },
        ["Regulations"] = Array.Empty<string>(),
        ["Internal"] = Array.Empty<string>(),
    };

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PartyOrg.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    /// <summary>The namespaces each source file of the core library names in code (comments excluded).</summary>
    private static IEnumerable<(string File, string Namespace, HashSet<string> Uses)> Sources()
    {
        var src = Path.Combine(Root(), "src", "PartyOrg.Domain");
        var reference = new Regex(@"(?<![\w.])(?:PartyOrg\.Domain\.)?(" + string.Join("|", Layers) + @")\.(?=[A-Z])", RegexOptions.Compiled);
        foreach (var file in Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                                 && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).ToArray();
            var ns = lines.Select(l => Regex.Match(l, @"^namespace PartyOrg\.Domain\.([A-Za-z]+)")).FirstOrDefault(m => m.Success)?.Groups[1].Value;
            if (ns is null)
            {
                continue;
            }

            var uses = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in lines.Where(l => !l.StartsWith("namespace ", StringComparison.Ordinal)))
            {
                var u = Regex.Match(line, @"^using (?:static )?PartyOrg\.Domain\.([A-Za-z]+)");
                if (u.Success)
                {
                    uses.Add(u.Groups[1].Value);
                }

                foreach (Match m in reference.Matches(line))
                {
                    uses.Add(m.Groups[1].Value);
                }
            }

            uses.Remove(ns);
            uses.Remove("Internal");
            yield return (Path.GetRelativePath(src, file), ns, uses);
        }
    }

    [Fact]
    public void EveryNamespace_UsesOnlyTheLayersBelowIt()
    {
        var violations = Sources()
            .SelectMany(s => s.Uses.Where(u => !Allowed.TryGetValue(s.Namespace, out var ok) || !ok.Contains(u)).Select(u => $"{s.File}: {s.Namespace} → {u}"))
            .ToArray();
        violations.Should().BeEmpty();
    }

    [Fact]
    public void RulesShareTheComplianceNamespace_NoCompliancRulesCycle()
    {
        var src = Path.Combine(Root(), "src", "PartyOrg.Domain", "Compliance", "Rules");
        Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("namespace PartyOrg.Domain.Compliance.Rules", StringComparison.Ordinal))
            .Should().BeEmpty();
    }

    [Fact]
    public void TheCheck_CanFail()
    {
        // The scanner finds a forbidden reference when one is there (guards against a test that cannot fail).
        var reference = new Regex(@"(?<![\w.])(?:PartyOrg\.Domain\.)?(Compliance)\.(?=[A-Z])");
        reference.IsMatch("var r = Compliance.RuleCatalog.Rules;").Should().BeTrue();
        reference.IsMatch("var n = tree.Compliance.Count;").Should().BeFalse();
    }
}
