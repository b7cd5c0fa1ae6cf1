using System;
using System.Collections.Generic;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>Checks the references and ids of the terms, meetings and elections sections.</summary>
internal sealed class ReferenceChecker
{
    private readonly RawDocument raw;
    private readonly ProblemList problems;
    private HashSet<string>? organizations;
    private HashSet<string>? members;

    private readonly HashSet<object> handled;

    private ReferenceChecker(RawDocument raw, ProblemList problems, HashSet<object> handled)
    {
        this.raw = raw;
        this.problems = problems;
        this.handled = handled;
    }

    /// <summary>Every organization id in the document, built or refused (made when a first reference is checked).</summary>
    private HashSet<string> Organizations() => organizations ??= WithBroken(DomainMapper.AllIds(raw.Organizations, o => o.Id), raw.BrokenOrganizations);

    /// <summary>Every member id in the document, built or refused (made when a first reference is checked: a province has millions).</summary>
    private HashSet<string> Members() => members ??= WithBroken(DomainMapper.AllIds(raw.Members, RawDocument.MemberId), raw.BrokenMembers);

    private static HashSet<string> WithBroken(HashSet<string> ids, HashSet<string> broken)
    {
        ids.UnionWith(broken);
        return ids;
    }

    /// <summary>Checks the elements not in <paramref name="handled"/> (those the domain's validation did not see).</summary>
    /// <param name="raw">The sections as read.</param>
    /// <param name="problems">Receives the problems.</param>
    /// <param name="handled">The elements the domain's validation saw.</param>
    /// <param name="treeBuilt">False when the tree has problems: the sections checked only against a tree (dues, dues
    /// exemptions, reports, trainings, assessments, rectifications, development, transfers, outflows, lost contact) then
    /// get their references checked here, against every id in the document.</param>
    internal static void Check(RawDocument raw, ProblemList problems, HashSet<object> handled, bool treeBuilt = true)
    {
        var checker = new ReferenceChecker(raw, problems, handled);
        checker.Run();
        if (!treeBuilt)
        {
            checker.WithoutTree();
        }
    }

    /// <summary>
    /// The references of the sections whose domain pass needs the tree, so that a document whose tree has a problem
    /// still reports every reference to nothing at once (a reference to an element refused for its own problem is not
    /// reported: those ids count as present).
    /// </summary>
    private void WithoutTree()
    {
        for (var i = 0; i < raw.Dues.Count; i++)
        {
            if (raw.Dues[i] is { } c && !raw.Invalid.Contains(c))
            {
                Member(JsonPaths.Property(JsonPaths.Index("$.dues", i), "member"), c.Member);
            }
        }

        for (var i = 0; i < raw.DuesExemptions.Count; i++)
        {
            if (raw.DuesExemptions[i] is { } c && !raw.Invalid.Contains(c))
            {
                var path = JsonPaths.Index("$.duesExemptions", i);
                Member(JsonPaths.Property(path, "member"), c.Member);
                if (c.ApprovedBy is { } by)
                {
                    Organization(JsonPaths.Property(path, "approvedBy"), by);
                }
            }
        }

        for (var i = 0; i < raw.Reports.Count; i++)
        {
            if (raw.Reports[i] is { } c && !raw.Invalid.Contains(c))
            {
                var path = JsonPaths.Index("$.reports", i);
                Organization(JsonPaths.Property(path, "organization"), c.Organization);
                if (c.By is { } by)
                {
                    Member(JsonPaths.Property(path, "by"), by);
                }

                if (c.To is { } to)
                {
                    Organization(JsonPaths.Property(path, "to"), to);
                }
            }
        }

        for (var i = 0; i < raw.Trainings.Count; i++)
        {
            if (raw.Trainings[i] is { } c && !raw.Invalid.Contains(c))
            {
                Member(JsonPaths.Property(JsonPaths.Index("$.trainings", i), "member"), RawDocument.TrainingMember(c));
            }
        }

        for (var i = 0; i < raw.Assessments.Count; i++)
        {
            if (raw.Assessments[i] is { } c && !raw.Invalid.Contains(c))
            {
                Organization(JsonPaths.Property(JsonPaths.Index("$.assessments", i), "organization"), RawDocument.AssessmentOrganization(c));
            }
        }

        for (var i = 0; i < raw.Rectifications.Count; i++)
        {
            if (raw.Rectifications[i] is { } c && !raw.Invalid.Contains(c))
            {
                Organization(JsonPaths.Property(JsonPaths.Index("$.rectifications", i), "organization"), c.Organization);
            }
        }

        DevelopmentWithoutTree();
    }

    /// <summary>
    /// The references of <c>development</c>, <c>transfers</c>, <c>outflows</c> and <c>lostContact</c>, with the messages
    /// their validation against the tree gives (an organization outside the document is named with
    /// <c>fromName</c>/<c>toName</c>, never an id, so <c>from</c>/<c>to</c> must name one in it).
    /// </summary>
    private void DevelopmentWithoutTree()
    {
        var d = raw.Development;
        for (var i = 0; i < d.Applicants.Count; i++)
        {
            if (d.Applicants[i] is not { } a || raw.Invalid.Contains(a) || DevelopmentMapper.Invalid(raw, a))
            {
                continue;
            }

            var path = JsonPaths.Index("$.development", i);
            Organization(JsonPaths.Property(path, "branch"), a.Branch);
            if (a.Approval is { } approval)
            {
                Organization(JsonPaths.Property(JsonPaths.Property(path, "approval"), "by"), approval.By);
                if (approval.PartyGroupDecidedBy is { } pg)
                {
                    Organization(JsonPaths.Property(JsonPaths.Property(path, "approval"), "partyGroupDecidedBy"), pg);
                }
            }

            if (a.Member is { } member)
            {
                Member(JsonPaths.Property(path, "member"), member);
            }

            foreach (var (field, ids) in new[] { ("liaisons", a.Liaisons), ("sponsors", a.Sponsors) })
            {
                for (var k = 0; k < (ids?.Count ?? 0); k++)
                {
                    Member(JsonPaths.Index(JsonPaths.Property(path, field), k), ids![k], "; " + field + " are Party members");
                }
            }
        }

        for (var i = 0; i < d.Transfers.Count; i++)
        {
            if (d.Transfers[i] is not { } t || raw.Invalid.Contains(t))
            {
                continue;
            }

            var path = JsonPaths.Index("$.transfers", i);
            Member(JsonPaths.Property(path, "member"), t.Member);
            foreach (var (field, id) in new[] { ("from", t.From), ("to", t.To) })
            {
                if (!string.IsNullOrEmpty(id) && !Organizations().Contains(id!))
                {
                    problems.Add(JsonPaths.Property(path, field), DevelopmentMapper.NoOrganization(field, id!));
                }
            }

            if (t.RefusedBy is { } by)
            {
                Organization(JsonPaths.Property(path, "refusedBy"), by);
            }
        }

        for (var i = 0; i < d.Outflows.Count; i++)
        {
            if (d.Outflows[i] is { } o && !raw.Invalid.Contains(o))
            {
                Member(JsonPaths.Property(JsonPaths.Index("$.outflows", i), "member"), o.Member);
            }
        }

        for (var i = 0; i < d.LostContacts.Count; i++)
        {
            if (d.LostContacts[i] is { } l && !raw.Invalid.Contains(l))
            {
                Member(JsonPaths.Property(JsonPaths.Index("$.lostContact", i), "member"), l.Member);
            }
        }
    }

    private void Run()
    {
        for (var i = 0; i < raw.Terms.Count; i++)
        {
            if (raw.Terms[i] is { } t && !handled.Contains(t))
            {
                var path = JsonPaths.Index("$.terms", i);
                Organization(JsonPaths.Property(path, "organization"), t.Organization);
                if (t.Adjustment?.ApprovedBy is { } by)
                {
                    Organization(JsonPaths.Property(JsonPaths.Property(path, "adjustment"), "approvedBy"), by);
                }

                if (t.Adjustment?.PartyGroupDecidedBy is { } pg)
                {
                    Organization(JsonPaths.Property(JsonPaths.Property(path, "adjustment"), "partyGroupDecidedBy"), pg);
                }
            }
        }

        var meetingIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < raw.Meetings.Count; i++)
        {
            if (raw.Meetings[i] is not { } m)
            {
                continue;
            }

            var isHandled = handled.Contains(m);
            Unique(meetingIds, m.Id, i, "meeting", "meetings", raw.Meetings, isHandled);
            if (isHandled)
            {
                continue;
            }

            var path = JsonPaths.Index("$.meetings", i);

            Organization(JsonPaths.Property(path, "organization"), m.Organization);
            Members(JsonPaths.Property(path, "attendees"), m.Attendees);
            if (m.Lecturer is { } lecturer)
            {
                Member(JsonPaths.Property(path, "lecturer"), lecturer);
            }

            var absences = m.Absences ?? Array.Empty<AbsenceContract>();
            for (var k = 0; k < absences.Count; k++)
            {
                Member(JsonPaths.Property(JsonPaths.Index(JsonPaths.Property(path, "absences"), k), "member"), absences[k].Member);
            }
        }

        var electionIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < raw.Elections.Count; i++)
        {
            if (raw.Elections[i] is not { } e)
            {
                continue;
            }

            var isHandled = handled.Contains(e);
            Unique(electionIds, e.Id, i, "election", "elections", raw.Elections, isHandled);
            if (isHandled)
            {
                continue;
            }

            var path = JsonPaths.Index("$.elections", i);

            Organization(JsonPaths.Property(path, "organization"), e.Organization);
            if (e.SecretaryElected is { } secretary)
            {
                Member(JsonPaths.Property(path, "secretaryElected"), secretary);
            }

            Members(JsonPaths.Property(path, "deputySecretariesElected"), e.DeputySecretariesElected);
            if (e.SecretaryApprovedBy is { } approver)
            {
                Organization(JsonPaths.Property(path, "secretaryApprovedBy"), approver);
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 0; k < e.Candidates.Count; k++)
            {
                var cp = JsonPaths.Property(JsonPaths.Index(JsonPaths.Property(path, "candidates"), k), "member");
                var id = e.Candidates[k].Member;
                if (id.Length == 0)
                {
                    continue;
                }

                if (seen.TryGetValue(id, out var first))
                {
                    problems.Add(cp, $"candidate \"{id}\" is listed twice (first at {JsonPaths.Index(JsonPaths.Property(path, "candidates"), first)})");
                }
                else
                {
                    seen.Add(id, k);
                    Member(cp, id);
                }
            }
        }
    }

    private void Unique<T>(Dictionary<string, int> ids, string id, int index, string what, string collection, List<T?> items, bool isHandled)
        where T : class
    {
        if (id.Length == 0)
        {
            return;
        }

        if (ids.TryGetValue(id, out var first))
        {
            if (isHandled && handled.Contains(items[first]!))
            {
                return; // both seen by the domain's validation, which reports it
            }

            problems.Add(JsonPaths.Property(JsonPaths.Index("$." + collection, index), "id"), $"duplicate {what} id \"{id}\" (first at $.{collection}[{first}]); ids must be unique");
        }
        else
        {
            ids.Add(id, index);
        }
    }

    private void Organization(string path, string id)
    {
        if (id.Length > 0 && !Organizations().Contains(id))
        {
            problems.Add(path, $"no organization \"{id}\"");
        }
    }

    private void Member(string path, string id, string tail = "")
    {
        if (id.Length > 0 && !Members().Contains(id))
        {
            problems.Add(path, $"no member \"{id}\"{tail}");
        }
    }

    private void Members(string path, IReadOnlyList<string>? ids)
    {
        if (ids is null)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < ids.Count; k++)
        {
            var p = JsonPaths.Index(path, k);
            if (ids[k].Length == 0)
            {
                continue;
            }

            if (!seen.Add(ids[k]))
            {
                problems.Add(p, $"member \"{ids[k]}\" is listed twice");
            }
            else
            {
                Member(p, ids[k]);
            }
        }
    }
}
