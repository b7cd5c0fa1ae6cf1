using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>ELEC-BALLOT-VALIDITY: Ballots returned do not exceed the number of voters (收回的选票等于或少于投票人数的选举有效).</summary>
internal sealed class ElecBallotValidityRule : ElectionReasonRule
{
    internal static readonly RuleDescriptor Definition = ElectionRuleSupport.Descriptor(

        id: "ELEC-BALLOT-VALIDITY", zhTitle: "收回的选票等于或少于投票人数的选举有效", enTitle: "Ballots returned do not exceed the number of voters", severity: Severity.Error,
        citations: new[] { new Citation(Regulation.ElectionRegulations) }, confidence: SourceConfidence.VerifiedSecondary,
        zhRemarks: "收回选票等于或少于发出选票和投票人数的，选举有效；多于的，选举无效，应当重新投票。2020年条例的条款为待核（MEMORY）。",
        enRemarks: "A vote is valid when the ballots returned do not exceed the ballots issued or the voters; otherwise it is void and held again. The 2020 article is unconfirmed (MEMORY).",
        readsNumbers: false);

    internal ElecBallotValidityRule()
        : base(Definition)
    {
    }
}
