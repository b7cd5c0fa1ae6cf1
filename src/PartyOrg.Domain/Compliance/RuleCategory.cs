namespace PartyOrg.Domain.Compliance;

/// <summary>The area a rule belongs to, matching the sections of the rule catalogue.</summary>
public enum RuleCategory
{
    /// <summary>组织设置 — organization set-up thresholds (ORG-*).</summary>
    Organization = 0,

    /// <summary>班子组成 — committee and office-holder composition (COM-*).</summary>
    Composition = 1,

    /// <summary>任期换届 — terms of office and the election calendar (TERM-*).</summary>
    Term = 2,

    /// <summary>选举 — elections (ELEC-*).</summary>
    Election = 3,

    /// <summary>三会一课 — meetings (MTG-*).</summary>
    Meeting = 4,

    /// <summary>组织生活 — organizational life (LIFE-*).</summary>
    OrganizationalLife = 5,

    /// <summary>党小组 — Party groups (GRP-*).</summary>
    PartyGroup = 6,

    /// <summary>机关党建 — organ committees and leading groups (ORGAN-*, PG-*).</summary>
    Organ = 7,

    /// <summary>Other rules, including an application's own.</summary>
    Other = 8,

    /// <summary>党费 — dues (DUES-*).</summary>
    Dues = 9,

    /// <summary>Education and training of members (EDU-*).</summary>
    Education = 10,

    /// <summary>发展党员 — the membership development pipeline (DEV-*).</summary>
    Development = 11,

    /// <summary>党员管理 — member status and organisational relationships (MEM-*).</summary>
    Membership = 12,

    /// <summary>Assessment: grading quotas and the rectification of weak and lax organisations (ASSESS-*).</summary>
    Assessment = 13,
}
