namespace PartyOrg.Domain.Compliance;

/// <summary>
/// How well a rule's content is confirmed against its source, as marked in the rule catalogue.
/// </summary>
public enum SourceConfidence
{
    /// <summary>VERIFIED-FT — read in a stored full text of the regulation.</summary>
    VerifiedFullText = 0,

    /// <summary>VERIFIED-EX — read in a stored page quoting the article wording.</summary>
    VerifiedExcerpt = 1,

    /// <summary>VERIFIED-2ND — read in a secondary source (official Q&amp;A, handbook, local rule) that paraphrases it.</summary>
    VerifiedSecondary = 2,

    /// <summary>MEMORY — not found in a stored text; the number is the best known and its source is unconfirmed.</summary>
    Memory = 3,
}
