using PartyOrg.Domain.Development;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-BRANCH-VOTE: the admission and conversion meetings: more than half present, more than half in favour (written opinions counted).</summary>
internal sealed class DevBranchVoteRule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-BRANCH-VOTE",
        category: RuleCategory.Development,
        title: new LocalizedText("支部大会讨论接收和转正：到会与赞成均超过应到会有表决权人数的半数", "Admission and conversion votes: more than half present and in favour"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberDevelopmentRules, 20), new Citation(Regulation.MemberDevelopmentRules, 21), new Citation(Regulation.MemberDevelopmentRules, 33) },
        confidence: SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "「有表决权的到会人数必须超过应到会有表决权人数的半数」，「赞成人数超过应到会有表决权的正式党员的半数」，会前正式提出书面意见的缺席者计入票数：present × 2 > 应到，(for + writtenFor) × 2 > 应到（严格大于；恰好一半不通过）。应到未给出时，按支部在会议日有表决权的正式党员计算。接收与转正相同。",
            "\"超过…半数\" for both: present × 2 > entitled and (for + writtenFor) × 2 > entitled (strict; exactly half fails), the written opinions of absent voters submitted before the meeting counted. Entitled, when not given, is the branch's full members with voting rights on the meeting day. The same for admission and conversion."),
        variants: new[]
        {
            new MessageVariant("conversion", new LocalizedText(
                "入党申请人“{subject}”转正表决：{actual}（应为：{expected}）。",
                "Applicant \"{subject}\", conversion vote: {actual} (expected: {expected}).")),
        });

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.Admission is { } admission)
            {
                Check(context, a, admission, null);
            }

            if (a.Conversion is { } conversion)
            {
                Check(context, a, conversion.Vote, "conversion");
            }
        }
    }

    private static void Check(ComplianceContext context, Applicant a, BranchVote vote, string? variant)
    {
        var entitled = Entitled(context, a.BranchId, vote);
        if (!vote.HasQuorum(entitled))
        {
            Report(context, Definition, a, Text("到会超过" + entitled + "人的半数", "more than half of " + entitled + " present"),
                Text(D(vote.Meeting) + "到会" + vote.Present + "人", vote.Present + " present on " + D(vote.Meeting)), variant);
        }

        if (!vote.Carries(entitled))
        {
            Report(context, Definition, a, Text("赞成（含书面意见）超过" + entitled + "人的半数", "more than half of " + entitled + " in favour (written opinions counted)"),
                Text(D(vote.Meeting) + "赞成" + (vote.For + vote.WrittenFor) + "票", (vote.For + vote.WrittenFor) + " in favour on " + D(vote.Meeting)), variant);
        }
    }
}
