using System.Globalization;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>ELEC-QUORUM-4-5: Election quorum: more than 4/5 present (选举时到会人数超过应到会人数的4/5).</summary>
internal sealed class ElecQuorum45Rule : ElectionReasonRule
{
    internal static readonly RuleDescriptor Definition = ElectionRuleSupport.Descriptor(

        id: "ELEC-QUORUM-4-5", zhTitle: "选举时到会人数超过应到会人数的4/5", enTitle: "Election quorum: more than 4/5 present", severity: Severity.Error,
        citations: new[] { new Citation(Regulation.ElectionRegulations) }, confidence: SourceConfidence.VerifiedSecondary,
        zhRemarks: "严格大于：到会人数×5＞应到会人数×4（40人应到需33人，32人恰为4/5不足）。有的模板写“不少于4/5”，系误写（§M8）。2020年条例的条款序号待核；2020年7月13日前的选举按1990年暂行条例（同为“超过五分之四”）。应到会人数未给出时按党员名册计算（ELEC-VOTING-RIGHTS）。",
        enRemarks: "Strict: present × 5 > entitled × 4 (40 entitled need 33; 32 is exactly 4/5 and not enough). Some templates write \"not less than 4/5\", a misquote (§M8). The 2020 article number is unconfirmed; elections before 2020-07-13 follow the 1990 interim regulations (also \"more than 4/5\"). When entitled is absent it is computed from the members (ELEC-VOTING-RIGHTS).");

    internal ElecQuorum45Rule()
        : base(Definition)
    {
    }

    /// <inheritdoc/>
    internal override int Cost => 16; // the first election rule: tallies every election for all of them

    /// <summary>More present than the entitled voters computed from the members: the election cannot be tallied.</summary>
    protected override void OnUntallied(ComplianceContext context, TalliedElection t)
    {
        var n = t.ComputedEntitled.ToString(CultureInfo.InvariantCulture);
        var a = t.Record.Input.Attended.ToString(CultureInfo.InvariantCulture);
        ElectionRuleSupport.Report(context, Descriptor, t.Record, "≤ " + n, a, Descriptor.Citations,
            $"到会人数{a}超过按党员名册计算的应到会有选举权人数{n}，无法计票：请核对名册或给出应到会人数。",
            $"{a} present exceeds the {n} entitled voters computed from the members: cannot tally; check the roll or give entitled.");
    }
}
