using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Development;

/// <summary>
/// 发展党员台账 — the development records of a tree, validated: impossible data (a conversion before the admission, a
/// sponsor who is not a member, a vote with more in favour than present) is refused with the field's path
/// (<c>$.development[3].sponsors[1]</c>); late or out-of-order data that can happen is left to the DEV-* rules.
/// </summary>
public sealed class DevelopmentLog
{
    private const string Collection = "development";
    private readonly Applicant[] applicants;
    private readonly Dictionary<string, Applicant> byMember;

    private DevelopmentLog(Applicant[] applicants)
    {
        this.applicants = applicants;
        byMember = applicants.Where(a => a.MemberId is not null).ToDictionary(a => a.MemberId!, StringComparer.Ordinal);
    }

    /// <summary>The records, sorted by id.</summary>
    public IReadOnlyList<Applicant> Applicants => applicants;

    /// <summary>The record that admitted the member, or null.</summary>
    /// <param name="memberId">A member id.</param>
    /// <returns>The record, or null.</returns>
    public Applicant? OfMember(string memberId) => byMember.TryGetValue(memberId, out var a) ? a : null;

    /// <summary>Validates and builds the log.</summary>
    /// <param name="tree">The organization tree.</param>
    /// <param name="applicants">The records.</param>
    /// <returns>The log.</returns>
    /// <exception cref="PartyOrgDataException">Any problem of <see cref="Validate"/>.</exception>
    public static DevelopmentLog Create(OrganizationTree tree, IEnumerable<Applicant> applicants)
    {
        var list = (applicants ?? throw new ArgumentNullException(nameof(applicants))).ToArray();
        var problems = Validate(tree, list);
        if (problems.Count > 0)
        {
            throw new PartyOrgDataException(problems);
        }

        return new DevelopmentLog(list.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray());
    }

    /// <summary>Every impossible fact of the records, at its path (<c>$.development[i].field</c>).</summary>
    /// <param name="tree">The organization tree.</param>
    /// <param name="applicants">The records, in document order.</param>
    /// <returns>The problems (empty when the records can be built).</returns>
    public static IReadOnlyList<DataProblem> Validate(OrganizationTree tree, IEnumerable<Applicant> applicants)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        var problems = new List<DataProblem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var members = new Dictionary<string, string>(StringComparer.Ordinal);

        // One reporter for all the applicants (not a closure and delegates per applicant).
        var report = new Reporter(problems);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = -1;
        foreach (var a in applicants ?? throw new ArgumentNullException(nameof(applicants)))
        {
            i++;
            report.Index = i;
            report.Id = a.Id;
            if (!ids.Add(a.Id))
            {
                report.Add("id", $"the applicant id \"{a.Id}\" is used twice");
            }
            else if (tree.TryGetMember(a.Id, out _))
            {
                report.Add("id", $"\"{a.Id}\" is a member id; choose applicant ids apart from member ids");
            }

            if (!tree.TryGetOrganization(a.BranchId, out var branch))
            {
                report.Missing("branch", $"no organization \"{a.BranchId}\"", DataReference.Organization(a.BranchId));
            }
            else if (!branch!.IsBranch)
            {
                report.Add("branch", $"\"{a.BranchId}\" is a {branch.Kind.Name}; expected a branch");
            }
            else if (branch.IsTemporaryBranch)
            {
                report.Add("branch", $"\"{a.BranchId}\" is a temporary branch, which does not admit members; expected the applicant's regular or joint branch");
            }

            if (a.BirthDate is { } born && a.Applied is { } applied && born >= applied)
            {
                report.Add("birthDate", $"{Format(born)} is not before the application ({Format(applied)})");
            }

            for (var r = 0; r < a.Reviews.Count; r++)
            {
                if (a.Activist is { } act && a.Reviews[r] < act)
                {
                    report.Add("reviews", $"the review of {Format(a.Reviews[r])} is before the activist designation ({Format(act)})");
                    break;
                }
            }

            Members(a.LiaisonIds, "liaisons", report, tree, seen);
            Members(a.SponsorIds, "sponsors", report, tree, seen);
            for (var n = 0; n < a.PublicNotices.Count; n++)
            {
                var notice = a.PublicNotices[n];
                if (notice.To < notice.From)
                {
                    report.Add("publicNotices[" + n.ToString(CultureInfo.InvariantCulture) + "].to", $"{Format(notice.To)} is before the notice starts ({Format(notice.From)})");
                }
            }

            if (a.Admission is { } admission)
            {
                Vote(admission, "admission", report);
                if (a.Candidate is { } candidate && admission.Meeting < candidate)
                {
                    report.Add("admission.meeting", $"{Format(admission.Meeting)} is before the person was listed as a development candidate ({Format(candidate)})");
                }
            }

            if (a.Approval is { } approval)
            {
                if (a.Admission is null)
                {
                    report.Add("approval", "an approval needs the admission meeting it approves (\"admission\")");
                }
                else if (approval.Date < a.Admission.Meeting)
                {
                    report.Add("approval.date", $"{Format(approval.Date)} is before the admission meeting ({Format(a.Admission.Meeting)})");
                }

                if (!tree.TryGetOrganization(approval.ByOrganizationId, out _))
                {
                    report.Missing("approval.by", $"no organization \"{approval.ByOrganizationId}\"", DataReference.Organization(approval.ByOrganizationId));
                }

                if (approval.PartyGroupDecidedBy is { } pg && !tree.TryGetOrganization(pg, out _))
                {
                    report.Missing("approval.partyGroupDecidedBy", $"no organization \"{pg}\"", DataReference.Organization(pg));
                }
            }

            Probation(a, report);
            if (a.MemberId is { } memberId)
            {
                if (!tree.TryGetMember(memberId, out var member))
                {
                    report.Missing("member", $"no member \"{memberId}\"", DataReference.Member(memberId));
                }
                else if (a.Admission is null)
                {
                    report.Add("member", "a member link needs the admission meeting (\"admission\")");
                }
                else if (member!.AdmittedOn != a.Admission.Meeting)
                {
                    report.Add("member", $"member \"{memberId}\" was admitted on {(member.AdmittedOn is { } ad ? Format(ad) : "(no date)")}; expected the admission meeting {Format(a.Admission.Meeting)}");
                }

                if (members.TryGetValue(memberId, out var other))
                {
                    report.Add("member", $"member \"{memberId}\" is already linked to applicant \"{other}\"");
                }
                else
                {
                    members[memberId] = a.Id;
                }
            }
        }

        return problems;
    }

    private static void Probation(Applicant a, Reporter report)
    {
        if (a.Probation is not { } p)
        {
            return;
        }

        if (a.Admission is not { } admission)
        {
            report.Add("probation", "a probation record needs the admission meeting (\"admission\")");
            return;
        }

        if (p.Extension is { } e && e.Meeting < admission.Meeting)
        {
            report.Add("probation.extension.meeting", $"{Format(e.Meeting)} is before the admission meeting ({Format(admission.Meeting)})");
        }

        if (p.Extension is { ApprovedOn: { } ea } e2 && ea < e2.Meeting)
        {
            report.Add("probation.extension.approvedOn", $"{Format(ea)} is before the branch meeting ({Format(e2.Meeting)})");
        }

        if (p.Conversion is { } c)
        {
            Vote(c.Vote, "probation.conversion", report);
            if (c.Meeting < admission.Meeting)
            {
                report.Add("probation.conversion.meeting", $"{Format(c.Meeting)} is before the admission meeting ({Format(admission.Meeting)})");
            }

            if (c.ApprovedOn is { } ca && ca < c.Meeting)
            {
                report.Add("probation.conversion.approvedOn", $"{Format(ca)} is before the conversion meeting ({Format(c.Meeting)})");
            }

            if (p.Cancelled is not null)
            {
                report.Add("probation.cancelled", "a probation is either converted or cancelled, not both");
            }
        }

        if (p.Cancelled is { } x && x.Meeting < admission.Meeting)
        {
            report.Add("probation.cancelled.meeting", $"{Format(x.Meeting)} is before the admission meeting ({Format(admission.Meeting)})");
        }

        if (p.Cancelled is { ApprovedOn: { } xa } x2 && xa < x2.Meeting)
        {
            report.Add("probation.cancelled.approvedOn", $"{Format(xa)} is before the branch meeting ({Format(x2.Meeting)})");
        }
    }

    private static void Vote(BranchVote vote, string field, Reporter report)
    {
        if (vote.For > vote.Present)
        {
            report.Add(field + ".for", $"{vote.For} votes for, but only {vote.Present} voting members present");
        }

        if (vote.EntitledVoting is { } entitled)
        {
            if (vote.Present > entitled)
            {
                report.Add(field + ".present", $"{vote.Present} present, more than the {entitled} entitled to vote");
            }
            else if (vote.WrittenFor > entitled - vote.Present)
            {
                report.Add(field + ".writtenFor", $"{vote.WrittenFor} written opinions, but only {entitled - vote.Present} entitled members were absent");
            }
        }
    }

    private static void Members(IReadOnlyList<string> ids, string field, Reporter report, OrganizationTree tree, HashSet<string> seen)
    {
        // The field's path is made only for a problem.
        seen.Clear();
        for (var k = 0; k < ids.Count; k++)
        {
            if (!tree.TryGetMember(ids[k], out _))
            {
                report.Missing(At(field, k), $"no member \"{ids[k]}\"; {field} are Party members", DataReference.Member(ids[k]));
            }
            else if (!seen.Add(ids[k]))
            {
                report.Add(At(field, k), $"member \"{ids[k]}\" is listed twice");
            }
        }
    }

    private static string At(string field, int k) => field + "[" + k.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Adds the problems of the applicant at <see cref="Index"/> (id <see cref="Id"/>).</summary>
    private sealed class Reporter
    {
        private readonly List<DataProblem> problems;

        internal Reporter(List<DataProblem> problems) => this.problems = problems;

        internal int Index { get; set; }

        internal string Id { get; set; } = string.Empty;

        internal void Add(string field, string message) => problems.Add(new DataProblem(Collection, Index, Id, field, message));

        internal void Missing(string field, string message, DataReference missing) =>
            problems.Add(new DataProblem(Collection, Index, Id, field, message) { MissingReference = missing });
    }

    internal static string Format(LocalDate date) => Internal.IsoDate.Format(date);
}
