using System.Collections.Generic;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Tests.Terms;

/// <summary>A small organ: wc → oc (led by lg) → gb → b (8 full members, 1 probationary, 1 on probation), tb temporary, g Party group.</summary>
internal static class TermTestData
{
    internal static readonly LocalDate AsOf = new(2026, 11, 22);

    internal static OrganizationTree Tree(bool withSecretary = true)
    {
        var b = new OrganizationTreeBuilder();
        b.Add(new Organization("wc", OrganizationKind.WorkingCommittee, "机关工委"));
        b.Add(new Organization("lg", OrganizationKind.LeadingGroup, "党组", leadsId: "oc"));
        b.Add(new Organization("oc", OrganizationKind.OrganCommittee, "机关党委", "wc", establishedOn: new LocalDate(2000, 1, 1)));
        b.Add(new Organization("gb", OrganizationKind.GeneralBranch, "党总支", "oc"));
        b.Add(new Organization("b", OrganizationKind.Branch, "党支部", "gb"));
        b.Add(new Organization("g", OrganizationKind.PartyGroup, "党小组", "b"));
        b.Add(new Organization("tb", OrganizationKind.Branch, "临时党支部", "oc", BranchForm.Temporary));
        var members = new List<Member>();
        for (var i = 1; i <= 8; i++)
        {
            members.Add(new Member("m-" + i, "党员" + i, MembershipStatus.Full, "b", "g", new LocalDate(2000, 1, 1), new LocalDate(2001, 1, 1)));
        }

        members.Add(new Member("m-9", "预备党员", MembershipStatus.Probationary, "b", admittedOn: new LocalDate(2026, 1, 1)));
        members.Add(new Member("m-10", "留党察看", MembershipStatus.Full, "b", admittedOn: new LocalDate(2000, 1, 1), fullSince: new LocalDate(2001, 1, 1),
            restrictions: new[] { new RightsRestriction(RestrictionKind.PartyProbation, new LocalDate(2025, 6, 1), new LocalDate(2027, 6, 1)) }));
        b.AddRange(members);
        if (withSecretary)
        {
            b.Add(new Post("b", "m-1", PostKind.Secretary, new LocalDate(2024, 3, 15)));
            b.Add(new Post("b", "m-2", PostKind.DeputySecretary, new LocalDate(2024, 3, 15)));
            b.Add(new Post("b", "m-3", PostKind.CommitteeMember, new LocalDate(2024, 3, 15)));
            b.Add(new Post("gb", "m-4", PostKind.Secretary, new LocalDate(2024, 1, 1)));
            b.Add(new Post("oc", "m-5", PostKind.Secretary, new LocalDate(2021, 11, 20)));
        }

        return b.Build();
    }
}
