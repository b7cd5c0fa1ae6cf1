using PartyOrg.Domain.Elections;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// The numbers the election rules and the tally read from a <see cref="ComplianceProfile"/>, dated: the built-in
/// profiles carry the 1990 interim regulations' numbers until 2020-07-13 and the 2020 regulations' from that day, and the
/// rules read the version in force on the election's date. A local overlay overrides them from its authority's date:
/// <c>profile.Overlay(…).Override(ElectionParameters.Numbers, ElectionNumbers.National.WithQuorum(2, 3))</c>.
/// </summary>
public static class ElectionParameters
{
    /// <summary>The election numbers: quorum fraction, extra candidates, congress and delegate numbers, threshold basis.</summary>
    public static readonly ParameterKey<ElectionNumbers> Numbers = new(
        "election.numbers",
        new LocalizedText("选举的数字：到会人数须超过的比例、差额比例、召开代表大会的党员人数、代表名额、当选票数的基数",
            "Election numbers: the quorum fraction, the share of extra candidates, the members for a congress, the delegate numbers and what the winning half is of"),
        n => n.ToString());
}
