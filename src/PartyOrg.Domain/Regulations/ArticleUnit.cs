namespace PartyOrg.Domain.Regulations;

/// <summary>How a regulation is divided, which decides how a <see cref="Citation"/> is rendered.</summary>
public enum ArticleUnit
{
    /// <summary>条 articles: 第十一条 / Art. 11.</summary>
    Article = 0,

    /// <summary>Numbered parts (一、二、…): 第一部分 / Part 1. Used by opinions (意见).</summary>
    Part = 1,

    /// <summary>No numbered divisions (handbooks): the citation names the document only.</summary>
    None = 2,
}
