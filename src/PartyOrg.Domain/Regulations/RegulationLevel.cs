namespace PartyOrg.Domain.Regulations;

/// <summary>The standing of a cited text: a central regulation, a local rule, or handbook practice.</summary>
public enum RegulationLevel
{
    /// <summary>中央党内法规 — a central Party regulation or normative document.</summary>
    Central = 0,

    /// <summary>地方或单位规定 — a province's, city's or unit's own rule.</summary>
    Local = 1,

    /// <summary>通行做法 — handbook practice, not a regulation.</summary>
    Practice = 2,
}
