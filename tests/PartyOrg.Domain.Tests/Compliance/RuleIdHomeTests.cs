using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.Compliance;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>
/// One home per rule: a rule id is written in its own rule file and nowhere else in the library's code, apart from a few
/// usage examples of the id format in documentation comments; lower layers (meetings, elections, terms, organizations…)
/// name no rule at all. Cross-references in another rule's remarks (text shown in docs/rules.md) are the one allowed
/// exception inside the rules folder.
/// </summary>
public sealed class RuleIdHomeTests
{
    /// <summary>Files whose documentation uses a real rule id as an example of the id format or of a call.</summary>
    private static readonly string[] UsageExamples =
    {
        "Compliance/RuleDescriptor.cs", "Compliance/RuleCatalog.cs", "Compliance/ComplianceProfile.cs", "Compliance/ElectionReason.cs",
        "Meetings/MeetingRequirement.cs",
    };

    private static readonly string Source = Path.Combine(FindRoot(), "src", "PartyOrg.Domain");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PartyOrg.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static (string Path, string Text)[] Files() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Source, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(Path.Combine(Source, f))))
            .ToArray();

    private static bool Mentions(string text, string id)
    {
        for (var i = text.IndexOf(id, StringComparison.Ordinal); i >= 0; i = text.IndexOf(id, i + 1, StringComparison.Ordinal))
        {
            var end = i + id.Length;
            var before = i == 0 ? ' ' : text[i - 1];
            var after = end >= text.Length ? ' ' : text[end];
            if (!char.IsLetterOrDigit(before) && before != '-' && !char.IsLetterOrDigit(after) && after != '-')
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void EveryRuleId_IsDeclaredInExactlyOneFile_ItsRegisteredSourceFile()
    {
        var files = Files();
        foreach (var d in RuleCatalog.Descriptors)
        {
            var declaring = files.Where(f => f.Text.Contains("id: \"" + d.Id + "\"", StringComparison.Ordinal)).Select(f => f.Path).ToArray();
            declaring.Should().HaveCount(1, "{0} is declared once", d.Id);
            ("src/PartyOrg.Domain/" + declaring[0]).Should().Be(RuleCatalog.SourceFileOf(d.Id), "{0}'s registered source file declares it", d.Id);
        }
    }

    [Fact]
    public void OutsideTheRulesFolder_NoFileNamesARule_ApartFromUsageExamples()
    {
        var files = Files().Where(f => !f.Path.StartsWith("Compliance/Rules/", StringComparison.Ordinal) && !UsageExamples.Contains(f.Path)).ToArray();
        var offending = RuleCatalog.Descriptors
            .SelectMany(d => files.Where(f => Mentions(f.Text, d.Id)).Select(f => f.Path + ": " + d.Id))
            .ToArray();
        offending.Should().BeEmpty();
    }

    [Fact]
    public void InsideTheRulesFolder_ARuleIdOutsideItsFile_IsOnlyInAnotherRulesRemarksOrTitle()
    {
        var files = Files().Where(f => f.Path.StartsWith("Compliance/Rules/", StringComparison.Ordinal)).ToArray();
        var offending = RuleCatalog.Descriptors.SelectMany(d =>
                files.Where(f => "src/PartyOrg.Domain/" + f.Path != RuleCatalog.SourceFileOf(d.Id))
                    .SelectMany(f => f.Text.Split('\n').Select((line, n) => (f.Path, Line: line, N: n + 1)))
                    .Where(l => Mentions(l.Line, d.Id) && !IsRemarksText(l.Line))
                    .Select(l => l.Path + ":" + l.N + ": " + d.Id))
            .ToArray();
        offending.Should().BeEmpty();
    }

    /// <summary>A line of a descriptor's remarks or other user-facing text: a string literal line, not code or a comment.</summary>
    private static bool IsRemarksText(string line)
    {
        var t = line.TrimStart();
        return t.StartsWith("\"", StringComparison.Ordinal) || t.StartsWith("remarks:", StringComparison.Ordinal);
    }

    [Fact]
    public void MentionsIgnoreLongerIds()
    {
        Mentions("see ORG-BRANCH-MIN-MEMBERS-X", "ORG-BRANCH-MIN-MEMBERS").Should().BeFalse();
        Mentions("see ORG-BRANCH-MIN-MEMBERS.", "ORG-BRANCH-MIN-MEMBERS").Should().BeTrue();
        Mentions("XORG-BRANCH-MIN-MEMBERS", "ORG-BRANCH-MIN-MEMBERS").Should().BeFalse();
    }
}
