using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Development;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>
/// The domain pass of the <c>development</c>, <c>transfers</c>, <c>outflows</c>, <c>lostContact</c> and
/// <c>workingDays</c> sections: contracts → <see cref="Applicant"/> and the relationship records, then
/// <see cref="DevelopmentLog.Validate"/> and <see cref="MemberRelations.Validate"/> against the tree, every problem
/// mapped back to its position in the document.
/// </summary>
internal static class DevelopmentMapper
{
    internal static void Build(RawDocument raw, OrganizationTree tree, ProblemList problems, Sections sections)
    {
        var d = raw.Development;
        var before = problems.Count;
        var applicants = new List<Applicant>();
        var applicantIndex = new List<int>();
        for (var i = 0; i < d.Applicants.Count; i++)
        {
            if (d.Applicants[i] is not { } c || raw.Invalid.Contains(c) || Invalid(raw, c))
            {
                continue;
            }

            // Not through Construct: no closure per applicant (a province has 99,000).
            try
            {
                applicants.Add(ToDomain(c));
                applicantIndex.Add(i);
            }
            catch (ArgumentException e)
            {
                problems.Add(JsonPaths.Index("$.development", i), DomainMapper.MessageOf(e));
            }
        }

        Report(DevelopmentLog.Validate(tree, applicants), "development", applicantIndex, problems);

        var transfers = Collect(raw, d.Transfers, "$.transfers", problems, out var transferIndex, t => new MemberTransfer(
            t.Member, TransferReason.FromName(t.Reason), t.Occurred, t.From ?? t.FromName, t.To ?? t.ToName, t.SentOn, t.ReceivedOn, t.RefusedOn, t.RefusedBy, t.RefusalReason));
        var outflows = Collect(raw, d.Outflows, "$.outflows", problems, out var outflowIndex, o => new MemberOutflow(o.Member, o.Left, o.Returned, o.Place, o.FixedPlace));
        var lost = Collect(raw, d.LostContacts, "$.lostContact", problems, out var lostIndex, l => new LostContact(l.Member, l.Since, l.SuspendedOn, l.ContactRestoredOn, l.RemovedOn));
        for (var i = 0; i < d.Transfers.Count; i++)
        {
            if (d.Transfers[i] is { } t && !raw.Invalid.Contains(t))
            {
                foreach (var (field, id) in new[] { ("from", t.From), ("to", t.To) })
                {
                    if (id is not null && !tree.TryGetOrganization(id, out _))
                    {
                        problems.Add(JsonPaths.Property(JsonPaths.Index("$.transfers", i), field), NoOrganization(field, id));
                    }
                }
            }
        }

        var relationProblems = MemberRelations.Validate(tree, transfers, outflows, lost);
        Report(relationProblems.Where(p => p.Collection == "transfers").ToArray(), "transfers", transferIndex, problems);
        Report(relationProblems.Where(p => p.Collection == "outflows").ToArray(), "outflows", outflowIndex, problems);
        Report(relationProblems.Where(p => p.Collection == "lostContact").ToArray(), "lostContact", lostIndex, problems);

        IWorkingDayCalendar? calendar = null;
        if (d.WorkingDays is { } w && !raw.Invalid.Contains(w))
        {
            var holidays = w.Holidays ?? Array.Empty<NodaTime.LocalDate>();
            var adjusted = w.AdjustedWorkdays ?? Array.Empty<NodaTime.LocalDate>();
            var clash = holidays.Where(adjusted.Contains).OrderBy(x => x).FirstOrDefault();
            if (holidays.Any(adjusted.Contains))
            {
                problems.Add("$.workingDays.adjustedWorkdays", $"{clash.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} is listed both as a holiday and as an adjusted working day");
            }
            else
            {
                calendar = new WorkingDayCalendar(holidays, adjusted);
            }
        }

        if (problems.Count != before)
        {
            return;
        }

        if (d.HasApplicants)
        {
            sections.Development = DevelopmentLog.Create(tree, applicants);
        }

        if (d.HasTransfers || d.HasOutflows || d.HasLostContacts)
        {
            sections.Relations = MemberRelations.Create(tree, d.HasTransfers ? transfers : null, d.HasOutflows ? outflows : null, d.HasLostContacts ? lost : null);
        }

        sections.WorkingDays = calendar;
    }

    /// <summary>The problem of a transfer's <c>from</c>/<c>to</c> naming no organization of the document (one outside it is named by <c>fromName</c>/<c>toName</c>).</summary>
    internal static string NoOrganization(string field, string id) =>
        $"no organization {JsonPaths.Quote(id)}; name an organization outside the document with \"{field}Name\"";

    /// <summary>Whether a part of the applicant (a check, the training, a vote, the approval, a notice) has a problem of its own.</summary>
    internal static bool Invalid(RawDocument raw, ApplicantContract c) =>
        (c.PoliticalReview is { } a && raw.Invalid.Contains(a)) || (c.PreAudit is { } b && raw.Invalid.Contains(b)) || (c.Training is { } t && raw.Invalid.Contains(t))
        || (c.Admission is { } ad && raw.Invalid.Contains(ad)) || (c.Approval is { } ap && raw.Invalid.Contains(ap)) || (c.Probation is { } p && raw.Invalid.Contains(p))
        || AnyInvalid(raw, c.PublicNotices);

    private static bool AnyInvalid<T>(RawDocument raw, IReadOnlyList<T>? items)
        where T : class
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (raw.Invalid.Contains(items![i]))
            {
                return true;
            }
        }

        return false;
    }

    private static Applicant ToDomain(ApplicantContract c)
    {
        var p = c.Probation;
        Probation? probation = p is null ? null : new Probation(
            p.Extension is { } e ? new ProbationExtension(e.Months, e.Meeting, e.ApprovedOn) : null,
            p.Conversion is { } v ? new Conversion(new BranchVote(v.Meeting, v.EntitledVoting, v.Present, v.For, v.WrittenFor ?? 0), v.ApprovedOn, v.PartyGroupDecidedOn) : null,
            p.Cancelled is { } x ? new ProbationCancellation(x.Meeting, x.ApprovedOn) : null);
        return new Applicant(
            c.Id, c.Name, c.Branch, c.BirthDate, c.Applied, c.Talked, c.Activist, c.Liaisons, c.Reviews, c.Candidate, c.Sponsors,
            c.PoliticalReview is { } pr ? new DevelopmentCheck(pr.Date, pr.Passed) : null,
            c.Training is { } t ? new CandidateTraining(t.Days, t.Hours) : null,
            c.PreAudit is { } pa ? new DevelopmentCheck(pa.Date, pa.Passed) : null,
            c.LeavingUnitOn,
            c.PublicNotices?.Select(n => new PublicNotice(NoticeStage.FromName(n.Stage), n.From, n.To)),
            c.Admission is { } a ? new BranchVote(a.Meeting, a.EntitledVoting, a.Present, a.For, a.WrittenFor ?? 0) : null,
            c.HigherTalk,
            c.Approval is { } ap ? new AdmissionApproval(ap.By, ap.Date, ap.PartyGroupDecidedBy, ap.PartyGroupDecidedOn) : null,
            c.Member,
            probation);
    }

    private static List<TDomain> Collect<TContract, TDomain>(RawDocument raw, List<TContract?> items, string path, ProblemList problems, out List<int> index, Func<TContract, TDomain> make)
        where TContract : class
        where TDomain : class
    {
        var list = new List<TDomain>();
        index = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } c || raw.Invalid.Contains(c))
            {
                continue;
            }

            var made = Construct(path, i, problems, () => make(c));
            if (made is not null)
            {
                list.Add(made);
                index.Add(i);
            }
        }

        return list;
    }

    /// <summary>Makes element <paramref name="index"/> of <paramref name="collection"/>; a refusal becomes a problem at its path (made only then).</summary>
    private static T? Construct<T>(string collection, int index, ProblemList problems, Func<T> make)
        where T : class
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            problems.Add(JsonPaths.Index(collection, index), DomainMapper.MessageOf(e));
            return null;
        }
    }

    private static void Report(IReadOnlyList<DataProblem> found, string collection, List<int> index, ProblemList problems)
    {
        foreach (var p in found)
        {
            var at = JsonPaths.Index("$." + collection, p.Index >= 0 && p.Index < index.Count ? index[p.Index] : p.Index);
            problems.Add(p.Field is null ? at : at + "." + p.Field, DomainMapper.MessageOf(p, c => c == collection ? index : null));
        }
    }
}
