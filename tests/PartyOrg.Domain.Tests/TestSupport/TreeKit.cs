using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Tests.TestSupport;

/// <summary>Builds small organization trees for tests: organizations, generated members and posts, then checks them.</summary>
internal sealed class TreeKit
{
    public static readonly LocalDate AsOf = new(2026, 11, 22);
    private static readonly LocalDate Since = new(2024, 1, 1);

    private readonly List<Organization> organizations = new();
    private readonly List<Member> members = new();
    private readonly List<Post> posts = new();
    private readonly Dictionary<string, List<string>> registered = new();

    /// <summary>A working committee "wc", a leading group "lg" leading organ committee "oc" under "wc".</summary>
    public static TreeKit Organ()
    {
        var kit = new TreeKit();
        kit.Org("wc", OrganizationKind.WorkingCommittee)
           .Org("lg", OrganizationKind.LeadingGroup, leads: "oc")
           .Org("oc", OrganizationKind.OrganCommittee, "wc");
        return kit;
    }

    public TreeKit Org(
        string id,
        OrganizationKind kind,
        string? parent = null,
        BranchForm? form = null,
        string? leads = null,
        int? coveredUnits = null,
        LocalDate? established = null,
        LocalDate? plannedEnd = null,
        LocalDate? dissolved = null)
    {
        organizations.Add(new Organization(id, kind, "组织" + id, parent, form, leads, established, dissolved, coveredUnits, plannedEnd));
        return this;
    }

    public TreeKit Branch(string id, string parent, int full, int probationary = 0, BranchForm? form = null, int? coveredUnits = null)
    {
        Org(id, OrganizationKind.Branch, parent, form, coveredUnits: coveredUnits);
        return Members(id, full, probationary);
    }

    public TreeKit Members(string branch, int full, int probationary = 0, string? group = null, LocalDate? fullSince = null)
    {
        for (var i = 0; i < full + probationary; i++)
        {
            var id = $"{branch}-m{Registered(branch).Count + 1}";
            members.Add(i < full
                ? new Member(id, "党员" + id, MembershipStatus.Full, branch, group, new LocalDate(2000, 1, 1), fullSince ?? new LocalDate(2001, 1, 1))
                : new Member(id, "党员" + id, MembershipStatus.Probationary, branch, group, new LocalDate(2026, 1, 1)));
            Registered(branch).Add(id);
        }

        return this;
    }

    public TreeKit Member(Member member)
    {
        members.Add(member);
        Registered(member.BranchId).Add(member.Id);
        return this;
    }

    /// <summary>The ids of the members registered in a branch, in order.</summary>
    public IReadOnlyList<string> In(string branch) => Registered(branch);

    public TreeKit Post(string org, string member, PostKind kind, CommitteeDuty? duty = null, LocalDate? since = null, LocalDate? until = null)
    {
        posts.Add(new Post(org, member, kind, since ?? Since, until, duty));
        return this;
    }

    /// <summary>Seats a leadership: the first holder is secretary, then <paramref name="deputies"/> deputies, the rest committee members (the last one the discipline member).</summary>
    public TreeKit Leadership(string org, IEnumerable<string> holders, int deputies = 0, bool discipline = true)
    {
        var list = holders.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (i == 0)
            {
                Post(org, list[i], PostKind.Secretary);
            }
            else if (i <= deputies)
            {
                Post(org, list[i], PostKind.DeputySecretary);
            }
            else
            {
                var duty = discipline && i == list.Count - 1 ? CommitteeDuty.DisciplineInspection : CommitteeDuty.Organization;
                Post(org, list[i], PostKind.CommitteeMember, duty);
            }
        }

        return this;
    }

    public OrganizationTreeBuilder Builder() => new OrganizationTreeBuilder().AddRange(organizations).AddRange(members).AddRange(posts);

    public OrganizationTree Build() => Builder().Build();

    public ComplianceReport Check(ComplianceProfile? profile = null) =>
        new ComplianceChecker(profile ?? ComplianceProfile.StateOrgans).Check(new ComplianceInput(Build(), AsOf));

    private List<string> Registered(string branch)
    {
        if (!registered.TryGetValue(branch, out var list))
        {
            list = new List<string>();
            registered.Add(branch, list);
        }

        return list;
    }
}
