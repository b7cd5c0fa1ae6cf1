using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.DevelopmentRuleSupport;

namespace PartyOrg.Domain.Compliance;

/// <summary>DEV-SPONSORS-2: two full members, not under 留党察看, sponsor each candidate.</summary>
internal sealed class DevSponsors2Rule : Rule
{
    internal static readonly RuleDescriptor Definition = new(
        id: "DEV-SPONSORS-2",
        category: RuleCategory.Development,
        title: new LocalizedText("发展对象应当有两名正式党员作入党介绍人", "Two full members sponsor each candidate"),
        messageFormat: Message,
        defaultSeverity: Severity.Error,
        citations: new[] { new Citation(Regulation.MemberDevelopmentRules, 14), new Citation(Regulation.Constitution, 5) },
        confidence: SourceConfidence.VerifiedExcerpt,
        remarks: new LocalizedText(
            "有发展对象（candidate）和接收预备党员的支部大会记录时检查：sponsors 恰为2人，在支部大会之日均为正式党员，且不在留党察看期间（restrictions 的 party-probation）。",
            "Checked when the record holds the candidate stage and the admission meeting: exactly 2 sponsors, each a full member on the meeting day and not under 留党察看 (a party-probation restriction)."));

    public override RuleDescriptor Descriptor => Definition;

    public override void Evaluate(ComplianceContext context)
    {
        foreach (var a in Applicants(context))
        {
            if (a.Admission is null || a.Candidate is null)
            {
                continue;
            }

            var admission = a.Admission;

            var day = admission.Meeting;
            if (a.SponsorIds.Count != 2)
            {
                Report(context, Definition, a, Text("2名入党介绍人", "2 sponsors"), Text(a.SponsorIds.Count + "名入党介绍人", a.SponsorIds.Count + " sponsors"));
            }

            for (var k = 0; k < a.SponsorIds.Count; k++)
            {
                var id = a.SponsorIds[k];
                if (!IsFullOn(context, id, day))
                {
                    Report(context, Definition, a, Text("入党介绍人为正式党员", "sponsors are full members"),
                        Text("入党介绍人“" + id + "”在" + D(day) + "不是正式党员", "sponsor " + id + " is not a full member on " + D(day)));
                }
                else if (UnderPartyProbation(context.Tree.GetMember(id), day))
                {
                    Report(context, Definition, a, Text("入党介绍人不在留党察看期间", "sponsors are not under 留党察看"),
                        Text("入党介绍人“" + id + "”在" + D(day) + "受留党察看处分", "sponsor " + id + " is under 留党察看 on " + D(day)));
                }
            }
        }
    }

    /// <summary>Whether the member is under 留党察看 on the day.</summary>
    private static bool UnderPartyProbation(Member member, NodaTime.LocalDate day)
    {
        foreach (var r in member.RestrictionArray)
        {
            if (r.Kind == RestrictionKind.PartyProbation && r.IsActiveOn(day))
            {
                return true;
            }
        }

        return false;
    }
}
