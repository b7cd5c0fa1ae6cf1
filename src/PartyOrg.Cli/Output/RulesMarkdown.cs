using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;

namespace PartyOrg.Cli.Output;

/// <summary>Renders the rule registry as Markdown: the content of docs/rules.md (a test keeps the file in step).</summary>
public static class RulesMarkdown
{
    /// <summary>Renders every built-in rule with its severity, titles, citations, confidence and parameters per profile.</summary>
    /// <returns>The Markdown text (LF line endings).</returns>
    public static string Render()
    {
        var profiles = ComplianceProfile.BuiltIn;
        var sb = new StringBuilder();
        sb.Append("# Rule catalogue (generated)\n\n");
        sb.Append("<!-- Generated from the rule registry by `partyorg rules --format markdown`; do not edit by hand.\n");
        sb.Append("     To update: run the tests with PARTYORG_ACCEPT_DOCS=1 (tests/PartyOrg.Domain.Tests/Cli/RulesDocTests.cs). -->\n\n");
        sb.Append("Every check of PartyOrg.Domain is a rule with a stable id (its key in the domain rule catalogue), a default\n");
        sb.Append("severity (`error` = violates a regulation, `warning` = a soft rule (一般) or a deadline at risk, `info` = advisory),\n");
        sb.Append("a title and message in zh-CN and en, and the articles it enforces. Numbers come from the profile's parameters;\n");
        sb.Append("the tables give each built-in profile's value. **MEMORY** marks a rule whose source could not be confirmed\n");
        sb.Append("against a stored text: its number is the best known. **LOCAL** marks local practice rather than a central regulation.\n\n");
        sb.Append("Profiles: ").Append(string.Join(", ", profiles.Select(p => $"`{p.Name}` ({p.DisplayName.Chinese})"))).Append(".\n\n");

        sb.Append("| Rule | Severity | Title | In profiles |\n|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.Rules)
        {
            var d = rule.Descriptor;
            sb.Append("| [").Append(d.Id).Append("](#").Append(d.Id.ToLowerInvariant()).Append(") | ")
              .Append(d.DefaultSeverity.ToContractName()).Append(" | ").Append(d.Title.Chinese).Append(" — ").Append(d.Title.English)
              .Append(" | ").Append(string.Join(", ", profiles.Where(p => p.IsEnabled(d.Id)).Select(p => p.Name))).Append(" |\n");
        }

        foreach (var group in RuleCatalog.Rules.GroupBy(r => r.Descriptor.Category).OrderBy(g => g.Key))
        {
            sb.Append("\n## ").Append(CategoryTitle(group.Key)).Append('\n');
            foreach (var rule in group)
            {
                var d = rule.Descriptor;
                sb.Append("\n### ").Append(d.Id).Append("\n\n");
                sb.Append("**").Append(d.Title.Chinese).Append("** — ").Append(d.Title.English).Append("\n\n");
                sb.Append("- Severity: `").Append(d.DefaultSeverity.ToContractName()).Append("`");
                var flags = new List<string>();
                if (d.Confidence == SourceConfidence.Memory)
                {
                    flags.Add("**MEMORY** (source unconfirmed)");
                }

                if (d.IsLocal)
                {
                    flags.Add("**LOCAL**");
                }

                if (flags.Count > 0)
                {
                    sb.Append(" · ").Append(string.Join(" · ", flags));
                }

                sb.Append('\n');
                sb.Append("- Source confidence: ").Append(ConfidenceText(d.Confidence)).Append('\n');
                if (RuleCatalog.SourceFileOf(d.Id) is { } file)
                {
                    sb.Append("- Source file: `").Append(file).Append("`\n");
                }

                if (d.InForceFrom is not null || d.InForceUntil is not null)
                {
                    sb.Append("- In force: ").Append(d.InForceFrom?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…")
                      .Append(" – ").Append(d.InForceUntil?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…").Append('\n');
                }

                sb.Append("- Cites: ").Append(string.Join("; ", d.Citations.Select(c => c.ToChinese() + " (" + c.ToEnglish() + ")"))).Append('\n');
                sb.Append("- Message: ").Append(d.MessageFormat.Chinese).Append(" / ").Append(d.MessageFormat.English).Append('\n');
                if (d.Remarks is { } r)
                {
                    sb.Append("- Notes: ").Append(r.Chinese).Append(" / ").Append(r.English).Append('\n');
                }

                if (d.Parameters.Count > 0)
                {
                    sb.Append("\n| Parameter | Meaning | ").Append(string.Join(" | ", profiles.Select(p => p.Name))).Append(" |\n");
                    sb.Append("|---|---|").Append(string.Concat(profiles.Select(_ => "---|"))).Append('\n');
                    foreach (var key in d.Parameters)
                    {
                        sb.Append("| `").Append(key.Name).Append("` | ").Append(key.Description.English).Append(" | ")
                          .Append(string.Join(" | ", profiles.Select(p => Escape(p.FormatParameter(key) ?? "—")))).Append(" |\n");
                    }
                }
            }
        }

        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    private static string CategoryTitle(RuleCategory category) => category switch
    {
        RuleCategory.Organization => "Organization set-up (组织设置)",
        RuleCategory.Composition => "Committee composition (班子组成)",
        RuleCategory.Term => "Terms of office (任期换届)",
        RuleCategory.Election => "Elections (选举)",
        RuleCategory.Meeting => "Meetings (三会一课)",
        RuleCategory.OrganizationalLife => "Organizational life (组织生活)",
        RuleCategory.PartyGroup => "Party groups (党小组)",
        RuleCategory.Organ => "Organs and leading groups (机关党建)",
        RuleCategory.Dues => "Dues (党费)",
        RuleCategory.Education => "Education and training (教育培训)",
        RuleCategory.Development => "Membership development (发展党员)",
        RuleCategory.Membership => "Member status and organisational relationships (党员管理)",
        _ => "Other rules",
    };

    private static string ConfidenceText(SourceConfidence confidence) => confidence switch
    {
        SourceConfidence.VerifiedFullText => "verified in a full text of the regulation",
        SourceConfidence.VerifiedExcerpt => "verified in a quoted excerpt of the regulation",
        SourceConfidence.VerifiedSecondary => "verified in a secondary source (official Q&A, handbook or local rule)",
        _ => "MEMORY — not found in a stored text; treat the number as the best known",
    };
}
