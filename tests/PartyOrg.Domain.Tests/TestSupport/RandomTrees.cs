using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Tests.TestSupport;

/// <summary>Deterministic valid trees from a list of random choices (for property tests).</summary>
internal static class RandomTrees
{
    public static OrganizationTree FromChoices(int[] choices)
    {
        var orgs = new List<Organization> { new("oc-0", OrganizationKind.OrganCommittee, "机关党委0") };
        for (var i = 0; i < choices.Length; i++)
        {
            var c = choices[i];
            var parent = orgs[c % orgs.Count];
            var pick = (c / 7) % 5;
            var id = "o-" + (i + 1);
            Organization next;
            if (parent.Kind.IsCommittee)
            {
                next = pick switch
                {
                    0 => new Organization(id, OrganizationKind.OrganCommittee, id, parent.Id),
                    1 => new Organization(id, OrganizationKind.GeneralBranch, id, parent.Id),
                    2 => new Organization(id, OrganizationKind.Branch, id, parent.Id, BranchForm.Joint, coveredUnits: 1 + (c % 6)),
                    3 => new Organization(id, OrganizationKind.Branch, id, parent.Id, BranchForm.Temporary),
                    _ => new Organization(id, OrganizationKind.Branch, id, parent.Id),
                };
            }
            else if (parent.Kind == OrganizationKind.GeneralBranch)
            {
                next = new Organization(id, OrganizationKind.Branch, id, parent.Id, pick % 2 == 0 ? BranchForm.Regular : BranchForm.Joint);
            }
            else if (parent.IsBranch && !parent.IsTemporaryBranch)
            {
                next = new Organization(id, OrganizationKind.PartyGroup, id, parent.Id);
            }
            else
            {
                next = new Organization(id, OrganizationKind.Branch, id, "oc-0");
            }

            orgs.Add(next);
        }

        var builder = new OrganizationTreeBuilder().AddRange(orgs);
        var temporary = orgs.Where(o => o.IsTemporaryBranch).Select(o => o.Id).ToArray();
        var n = 0;
        for (var i = 0; i < orgs.Count; i++)
        {
            var branch = orgs[i];
            if (!branch.IsBranch || branch.IsTemporaryBranch)
            {
                continue;
            }

            var c = choices.Length == 0 ? 0 : choices[i % choices.Length];
            var groups = orgs.Where(o => o.ParentId == branch.Id).Select(o => o.Id).ToArray();
            var count = c % 9;
            for (var k = 0; k < count; k++)
            {
                var full = (c >> k) % 3 != 0;
                string? group = groups.Length == 0 || (c + k) % 4 == 0 ? null : groups[(c + k) % groups.Length];
                var temps = temporary.Length == 0 || (c + k) % 3 != 0 ? null : new[] { temporary[(c + k) % temporary.Length] };
                var id = "m-" + (++n);
                builder.Add(new Member(id, id, full ? MembershipStatus.Full : MembershipStatus.Probationary, branch.Id, group, temporaryBranchIds: temps));
            }
        }

        return builder.Build();
    }
}
