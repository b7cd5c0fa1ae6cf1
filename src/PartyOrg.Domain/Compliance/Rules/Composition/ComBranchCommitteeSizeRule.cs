using System;
using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// COM-BRANCH-COMMITTEE-SIZE: a branch committee 「由3至5人组成，一般不超过7人」 — fewer than 3 seats is an error (no 一般),
/// more than 7 a warning (一般), more than 1 deputy secretary a warning; both bounds of the one sentence under one id.
/// </summary>
internal sealed class ComBranchCommitteeSizeRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "COM-BRANCH-COMMITTEE-SIZE",
        category: RuleCategory.Composition,
        title: new LocalizedText("党支部委员会由3至5人组成，一般不超过7人", "A branch committee has 3 to 5 members, as a rule no more than 7"),
        messageFormat: new LocalizedText("党支部“{subject}”{problem}", "Branch \"{subject}\" {problemEn}"),
        arguments: new[] { "problem", "problemEn" },
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.BranchWorkRegulations, 20, articleConfirmed: false) },
        confidence: SourceConfidence.VerifiedExcerpt,
        parameters: new ParameterKey[] { StructuralParameters.BranchCommitteeMinSeats, StructuralParameters.BranchCommitteeMaxSeats, StructuralParameters.BranchMaxDeputySecretaries },
        remarks: new LocalizedText(
            "同一句条文的两端：设委员会的党支部少于3人为错误（“3至5人”无“一般”）；6至7人在“一般不超过7人”之内不报；超过7人、副书记多于1名为警告。",
            "Both ends of one sentence: a branch committee of fewer than 3 is an error (\"3至5人\" has no 一般); 6 or 7 is within \"一般不超过7人\" and passes; more than 7 seats or more than 1 deputy secretary is a warning."),
        variants: new[] { new MessageVariant("as-a-rule", new LocalizedText("党支部“{subject}”{problem}", "Branch \"{subject}\" {problemEn}"), Severity.Warning) });

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        var min = context.Parameter(StructuralParameters.BranchCommitteeMinSeats);
        var max = context.Parameter(StructuralParameters.BranchCommitteeMaxSeats);
        var maxDeputies = context.Parameter(StructuralParameters.BranchMaxDeputySecretaries);
        var index = Of(context);
        foreach (var (org, i) in index.Existing(o => o.IsBranch))
        {
            var seats = index.Seats[i];
            if (index.HasCommittee(i) && seats < min)
            {
                context.Report(Descriptor, org.Id, org.Id, null, SeatRange.AtLeast(min), SeatRange.Seats(seats),
                    $"的支部委员会只有{seats}人，少于{min}人（党支部委员会由{min}至5人组成）。",
                    $"has a committee of {seats}, fewer than {min} (a branch committee has {min} to 5 members).");
            }
            else if (seats > max)
            {
                context.ReportVariant(Descriptor, "as-a-rule", org.Id, org.Id, null, SeatRange.AtMost(max), SeatRange.Seats(seats),
                    $"的支部委员会有{seats}人，多于{max}人（一般不超过{max}人）。", $"has a committee of {seats}, more than {max} (as a rule no more than {max}).");
            }

            if (index.Deputies[i] > maxDeputies)
            {
                context.ReportVariant(Descriptor, "as-a-rule", org.Id, org.Id, null, SeatRange.Deputies(maxDeputies, atMost: true),
                    SeatRange.Deputies(index.Deputies[i], atMost: false),
                    $"设副书记{index.Deputies[i]}人，多于{maxDeputies}人。", $"has {index.Deputies[i]} deputy secretaries, more than {maxDeputies}.");
            }
        }
    }
}
