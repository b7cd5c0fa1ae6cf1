using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>The built meeting, term and election data of a document.</summary>
internal sealed partial class Sections
{
    internal MeetingLog? Meetings { get; set; }

    internal TermSet? Terms { get; set; }

    internal ElectionLog? Elections { get; set; }

    internal Dues.DuesLedger? Dues { get; set; }

    internal Leadership.LeadershipReportLog? Reports { get; set; }

    internal Leadership.TrainingLog? Trainings { get; set; }

    internal Domain.Development.DevelopmentLog? Development { get; set; }

    internal Domain.Development.MemberRelations? Relations { get; set; }

    internal Calendars.IWorkingDayCalendar? WorkingDays { get; set; }
}

/// <summary>
/// The domain pass of the terms, meetings and elections sections: contracts → <see cref="Term"/>,
/// <see cref="MeetingRecord"/>, <see cref="ElectionRecord"/> (constructor problems at the element's path), then
/// <see cref="TermSet"/>, <see cref="MeetingLog"/> and <see cref="ElectionLog"/> validation against the tree, their
/// <see cref="DataProblem"/>s mapped back to document positions. Elements the domain could not see (unreadable
/// ones, or when the tree itself has problems) get the reference checks of <see cref="ReferenceChecker"/>.
/// </summary>
internal sealed class SectionMapper
{
    private readonly RawDocument raw;
    private readonly ProblemList problems;
    private readonly HashSet<object> handled = new(IdentityComparer.Instance);

    private SectionMapper(RawDocument raw, ProblemList problems)
    {
        this.raw = raw;
        this.problems = problems;
    }

    /// <param name="raw">The sections as read.</param>
    /// <param name="tree">The tree, or null when it has problems.</param>
    /// <param name="problems">Receives the problems.</param>
    /// <param name="maxThreads">With 2 or more, the compact meeting log is built on a second thread while the other sections are mapped.</param>
    /// <param name="preparing">The meetings' <see cref="MeetingSection.Prepare"/> running on another thread, or null: it
    /// is waited for before the meetings are used.</param>
    internal static Sections Build(RawDocument raw, OrganizationTree? tree, ProblemList problems, int maxThreads = 1, System.Threading.Tasks.Task? preparing = null) =>
        new SectionMapper(raw, problems).Run(tree, maxThreads, preparing);

    private Sections Run(OrganizationTree? tree, int maxThreads, System.Threading.Tasks.Task? preparing)
    {
        var sections = new Sections();
        var compactBuild = tree is not null && maxThreads >= 2 && raw.MeetingSection is { AllPlain: true } plain
            ? System.Threading.Tasks.Task.Run(() =>
            {
                preparing?.GetAwaiter().GetResult();
                return plain.TryBuild(tree);
            })
            : null;
        if (compactBuild is null)
        {
            preparing?.GetAwaiter().GetResult();
        }

        if (tree is not null)
        {
            // The compact meeting log — most of this pass at province scale — only reads the tree: with a second thread
            // it is built while the other sections are mapped. It reports nothing when it succeeds; when it fails, the
            // meetings go the per-element way below and their problems are put where they come without the thread.
            var terms = Construct(raw.Terms, "$.terms", MakeTerm);
            TermSet.TryCreate(tree, Items(terms), out var termSet, out var termProblems);
            Report(termProblems, terms);
            if (termProblems.Count == 0 && raw.HasTerms)
            {
                sections.Terms = termSet;
            }

            var meetingsAt = problems.Count;
            if (compactBuild is null)
            {
                Meetings(tree, sections, raw.MeetingSection?.TryBuild(tree));
            }

            var elections = Construct(raw.Elections, "$.elections", MakeElection);
            ElectionLog.TryCreate(tree, Items(elections), out var electionLog, out var electionProblems);
            Report(electionProblems, elections);
            if (electionProblems.Count == 0 && raw.HasElections)
            {
                sections.Elections = electionLog;
            }

            sections.Dues = DuesMapper.Build(raw, tree, problems);
            LeadershipMapper.Build(raw, tree, problems, sections);
            DevelopmentMapper.Build(raw, tree, problems, sections);
            AssessmentMapper.Build(raw, tree, problems, sections);
            if (compactBuild is not null)
            {
                var compact = compactBuild.GetAwaiter().GetResult();
                var later = problems.Items.GetRange(meetingsAt, problems.Count - meetingsAt);
                problems.Items.RemoveRange(meetingsAt, later.Count);
                Meetings(tree, sections, compact);
                problems.Items.AddRange(later);
            }
        }

        MaterializeMeetings();
        ReferenceChecker.Check(raw, problems, handled, treeBuilt: tree is not null);
        return sections;
    }

    /// <summary>Plain, valid meetings go straight from the reader's columns into the log (<paramref name="compact"/>); anything else the per-element way.</summary>
    private void Meetings(OrganizationTree tree, Sections sections, MeetingLog? compact)
    {
        if (compact is not null)
        {
            sections.Meetings = raw.HasMeetings ? compact : null;
            raw.MeetingSection = null;
            return;
        }

        MaterializeMeetings();
        var meetings = Construct(raw.Meetings, "$.meetings", MakeMeeting);
        MeetingLog.TryCreate(tree, meetings.Select(t => t.Item), out var log, out var meetingProblems);
        Report(meetingProblems, meetings);
        if (meetingProblems.Count == 0 && raw.HasMeetings)
        {
            sections.Meetings = log;
        }
    }

    /// <summary>The meetings as contracts, unless they went the compact way.</summary>
    private void MaterializeMeetings()
    {
        if (raw.MeetingSection is { } section)
        {
            raw.Meetings = section.Contracts();
            raw.MeetingSection = null;
        }
    }

    private static Term MakeTerm(TermContract t)
    {
        var adjustment = t.Adjustment is not { } a ? null
            : Nested("adjustment", () => new TermAdjustment(TermAdjustmentKind.FromName(a.Kind), a.Until, a.ApprovedBy, a.ApprovedOn, a.PartyGroupDecidedBy, a.PartyGroupDecidedOn));
        return new Term(t.Organization, t.Start, t.Years, adjustment);
    }

    private static MeetingRecord MakeMeeting(MeetingContract m)
    {
        MeetingAbsence[]? absences = null;
        if (m.Absences is { } recorded)
        {
            absences = new MeetingAbsence[recorded.Count];
            for (var i = 0; i < absences.Length; i++)
            {
                var a = recorded[i];
                absences[i] = Nested(i, static (a, i) => "absences[" + i.ToString(CultureInfo.InvariantCulture) + "]", a, static a => new MeetingAbsence(a.Member, AbsenceReason.FromName(a.Reason), a.Note));
            }
        }

        var votes = m.Votes?.Select((v, i) => Nested("votes[" + i.ToString(CultureInfo.InvariantCulture) + "]", () => new MeetingVote(v.Item, v.For, v.Against, v.Abstain, v.RecordedAsPassed ?? true))).ToArray();
        var kinds = new MeetingKind[m.Kinds.Count];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = MeetingKind.FromName(m.Kinds[i], false);
        }

        return new MeetingRecord(m.Id, m.Organization, m.Date, kinds, m.Attendees, absences, m.Lecturer, m.Topic, votes);
    }

    private static ElectionRecord MakeElection(ElectionContract e)
    {
        var candidates = e.Candidates.Select((c, i) => Nested("candidates[" + i.ToString(CultureInfo.InvariantCulture) + "]", () => new CandidateVotes(c.Member, c.For, c.Against, c.Abstain))).ToArray();
        var input = new ElectionInput(e.Date, e.Seats, candidates,
            e.Attended, e.BallotsIssued, e.BallotsReturned, e.Entitled, e.Voters, e.SpoiledBallots ?? 0,
            ElectionKind.FromName(e.Kind),
            e.Method is null ? null : ElectionMethod.FromName(e.Method),
            e.Office is null ? null : ElectionOffice.FromName(e.Office),
            e.Assembly is null ? null : ElectionAssembly.FromName(e.Assembly),
            e.MembersRepresented, e.CongressApproved ?? false);
        return new ElectionRecord(e.Id, e.Organization, input, e.SecretaryElected, e.DeputySecretariesElected, e.SecretaryApprovedBy, e.SecretaryApprovedOn);
    }

    /// <summary>Runs a nested constructor; its exception names the nested element (<c>@absences[2]</c>) instead of a parameter.</summary>
    private static T Nested<T>(string subPath, Func<T> make)
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(DomainMapper.MessageOf(e), "@" + subPath);
        }
    }

    /// <summary><see cref="Nested{T}(string, Func{T})"/> without a closure: the sub-path is built only when the constructor throws.</summary>
    private static T Nested<TArg, T>(int index, Func<TArg, int, string> subPath, TArg arg, Func<TArg, T> make)
    {
        try
        {
            return make(arg);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(DomainMapper.MessageOf(e), "@" + subPath(arg, index));
        }
    }

    private static string PathOf(string path, ArgumentException e) =>
        e.ParamName is { } p && p.StartsWith("@", StringComparison.Ordinal) ? path + "." + p.Substring(1) : DomainMapper.PathOf(path, e);

    /// <summary>Builds the domain objects of the readable elements; the index of each in the document is kept.</summary>
    private List<(int Index, T Item)> Construct<TContract, T>(List<TContract?> items, string collection, Func<TContract, T> make)
        where TContract : class
        where T : class
    {
        var built = new List<(int, T)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } c || raw.Invalid.Contains(c))
            {
                continue;
            }

            try
            {
                built.Add((i, make(c)));
                handled.Add(c);
            }
            catch (ArgumentException e)
            {
                problems.Add(PathOf(JsonPaths.Index(collection, i), e), DomainMapper.MessageOf(e));
                raw.Invalid.Add(c);
            }
        }

        return built;
    }

    /// <summary>The built items alone, in order.</summary>
    private static T[] Items<T>(List<(int Index, T Item)> built)
    {
        var items = new T[built.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = built[i].Item;
        }

        return items;
    }

    private void Report<T>(IReadOnlyList<DataProblem> found, List<(int Index, T Item)> built)
    {
        foreach (var d in found)
        {
            if (!DomainMapper.FollowsFromBrokenElement(raw, d))
            {
                problems.Add(DomainMapper.PathOf(d, d.Index >= 0 && d.Index < built.Count ? built[d.Index].Index : d.Index), d.MessageWith(at => at.Collection == d.Collection && at.Index < built.Count ? JsonPaths.Index("$." + at.Collection, built[at.Index].Index) : at.Path));
            }
        }
    }
}
