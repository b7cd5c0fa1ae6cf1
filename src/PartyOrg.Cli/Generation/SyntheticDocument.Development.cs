using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Generation;

/// <summary>
/// The synthetic applicants (发展党员): about one branch in two has 1–3 people on the path, at every stage from a fresh
/// application to a converted member, with about 5 % of the records late or short somewhere (a talk after more than a
/// month, a candidate listed before a year, one sponsor, a short training); the 党组's decision precedes each approval. Derived from the organizations and members
/// with their own seed, so the other generated data are unchanged; the applicants are not linked to members.
/// </summary>
public sealed partial class SyntheticDocument
{
    private Applicant[]? applicants;
    private Dictionary<string, Organization>? organizationById;

    /// <summary>The development records.</summary>
    public IReadOnlyList<Applicant> Applicants => applicants ??= MakeApplicants();

    private Applicant[] MakeApplicants()
    {
        var random = new DeterministicRandom(Seed ^ 0x2545F491L);
        var full = Members.Where(m => m.Status == MembershipStatus.Full && m.Restrictions.Count == 0).GroupBy(m => m.BranchId)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToArray());
        var list = new List<Applicant>();
        var n = 0;
        foreach (var org in Organizations.Where(o => o.Kind == OrganizationKind.Branch && !o.IsTemporaryBranch))
        {
            if (!full.TryGetValue(org.Id, out var ids) || ids.Length < 2 || random.Chance(0.5))
            {
                continue;
            }

            var count = random.Between(1, 3);
            for (var k = 0; k < count; k++)
            {
                n++;
                list.Add(MakeApplicant(random, "ap-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), org.Id, ids));
            }
        }

        return list.ToArray();
    }

    private Applicant MakeApplicant(DeterministicRandom random, string id, string branchId, string[] members)
    {
        var flaw = random.Chance(0.05) ? random.Between(1, 4) : 0;
        var applied = AsOf.PlusDays(-random.Between(20, 1400));
        var birth = applied.PlusYears(-random.Between(19, 40)).PlusDays(-random.Between(0, 300));
        var talked = applied.PlusDays(flaw == 1 ? random.Between(32, 60) : random.Between(3, 27));
        LocalDate? Until(LocalDate d) => d <= AsOf ? d : null;
        var activist = Until(talked.PlusDays(random.Between(30, 120)));
        var liaisons = new[] { members[0], members[1] };
        var sponsors = flaw == 3 ? new[] { members[0] } : liaisons;
        if (activist is not { } act)
        {
            return new Applicant(id, "申请人" + id, branchId, birth, applied, Until(talked));
        }

        var reviews = new List<LocalDate>();
        for (var r = act.PlusMonths(5); r <= AsOf && reviews.Count < 4; r = r.PlusMonths(5))
        {
            reviews.Add(r);
        }

        var candidate = Until(flaw == 2 ? act.PlusMonths(10) : act.PlusYears(1).PlusDays(random.Between(0, 40)));
        if (candidate is not { } cand)
        {
            return new Applicant(id, "申请人" + id, branchId, birth, applied, talked, act, liaisons, reviews);
        }

        reviews.RemoveAll(r => r > cand);
        var meeting = Until(cand.PlusDays(random.Between(30, 90)));
        var training = new CandidateTraining(flaw == 4 ? 2 : 3, null);
        if (meeting is not { } m)
        {
            return new Applicant(id, "申请人" + id, branchId, birth, applied, talked, act, liaisons, reviews, cand, sponsors, training: training);
        }

        var notices = new List<PublicNotice> { new(NoticeStage.Candidate, m.PlusDays(-14), m.PlusDays(-6)) };
        var approvalDate = Until(m.PlusDays(random.Between(20, 80)));
        var approval = approvalDate is { } ad ? new AdmissionApproval(ParentOf(branchId), ad, null, ad.PlusDays(-5)) : null;
        Probation? probation = null;
        var end = m.PlusYears(1);
        if (approval is not null && end.PlusDays(20) <= AsOf)
        {
            var conversion = end.PlusDays(random.Between(0, 15));
            notices.Add(new PublicNotice(NoticeStage.Conversion, conversion.PlusDays(-12), conversion.PlusDays(-4)));
            probation = new Probation(conversion: new Conversion(new BranchVote(conversion, null, members.Length, members.Length), Until(conversion.PlusDays(random.Between(10, 60))), Until(conversion.PlusDays(5))));
        }

        return new Applicant(id, "申请人" + id, branchId, birth, applied, talked, act, liaisons, reviews, cand, sponsors,
            new DevelopmentCheck(m.PlusDays(-20), true), training, new DevelopmentCheck(m.PlusDays(-15), true), null, notices,
            new BranchVote(m, null, members.Length, members.Length), approvalDate is { } hd ? hd.PlusDays(-3) : null, approval, null, probation);
    }

    /// <summary>The nearest Party committee above the branch (the approver), else its parent.</summary>
    private string ParentOf(string branchId)
    {
        var byId = organizationById ??= Organizations.ToDictionary(o => o.Id);
        var current = byId[branchId];
        while (current.ParentId is { } parent && byId.TryGetValue(parent, out var p))
        {
            if (p.Kind == OrganizationKind.OrganCommittee || p.Kind == OrganizationKind.BasicCommittee || p.Kind == OrganizationKind.WorkingCommittee)
            {
                return p.Id;
            }

            current = p;
        }

        return byId[branchId].ParentId ?? branchId;
    }

    partial void AddDevelopmentData(OrganizationTree tree, ref ComplianceInput input) =>
        input = input.WithDevelopment(DevelopmentLog.Create(tree, Applicants));
}
