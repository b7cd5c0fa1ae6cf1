using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>
/// The domain pass: contracts → domain objects. Constructor <see cref="ArgumentException"/>s become problems at
/// the element's path; the tree builder's <see cref="DataProblem"/>s are mapped back to the positions in the
/// document. References to an element that already has a problem are not reported a second time.
/// </summary>
internal sealed class DomainMapper
{
    private static readonly IReadOnlyDictionary<string, string> FieldOfParameter = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "id", ["name"] = "name", ["kind"] = "kind", ["parentId"] = "parent", ["form"] = "form", ["leadsId"] = "leads",
        ["establishedOn"] = "established", ["dissolvedOn"] = "dissolved", ["coveredUnits"] = "coveredUnits", ["plannedEndOn"] = "plannedEnd",
        ["status"] = "status", ["branchId"] = "branch", ["groupId"] = "group", ["admittedOn"] = "admitted", ["fullSince"] = "fullSince",
        ["restrictions"] = "restrictions", ["temporaryBranchIds"] = "temporaryBranches", ["organizationId"] = "organization",
        ["memberId"] = "member", ["since"] = "since", ["until"] = "until", ["duty"] = "duty", ["from"] = "from",
        ["date"] = "date", ["kinds"] = "kinds", ["attendees"] = "attendees", ["absences"] = "absences", ["lecturerId"] = "lecturer",
        ["topic"] = "topic", ["votes"] = "votes", ["start"] = "start", ["years"] = "years", ["adjustment"] = "adjustment",
        ["seats"] = "seats",
        ["candidates"] = "candidates", ["attended"] = "attended", ["ballotsIssued"] = "ballotsIssued", ["ballotsReturned"] = "ballotsReturned",
        ["entitled"] = "entitled", ["voters"] = "voters", ["spoiledBallots"] = "spoiledBallots", ["membersRepresented"] = "membersRepresented",
        ["secretaryElected"] = "secretaryElected", ["deputySecretariesElected"] = "deputySecretariesElected",
        ["secretaryApprovedBy"] = "secretaryApprovedBy", ["secretaryApprovedOn"] = "secretaryApprovedOn", ["input"] = "candidates",
    };

    private readonly RawDocument raw;
    private readonly ProblemList problems;
    private readonly Dictionary<string, List<int>> indexMaps = new(StringComparer.Ordinal);
    private HashSet<string>? orgIds;
    private HashSet<string>? memberIds;

    private readonly int maxThreads;
    private readonly int parallelFrom;

    private DomainMapper(RawDocument raw, ProblemList problems, int maxThreads, int parallelFrom)
    {
        this.raw = raw;
        this.problems = problems;
        this.maxThreads = maxThreads;
        this.parallelFrom = parallelFrom;
    }

    /// <param name="raw">The document as read.</param>
    /// <param name="problems">Receives the problems.</param>
    /// <param name="maxThreads">With 2 or more, a large tree's members are made and checked on two threads (the
    /// problems are the same, in the same order).</param>
    /// <param name="parallelFrom">The fewest members for which a second thread is used.</param>
    internal static OrganizationTree? BuildTree(RawDocument raw, ProblemList problems, int maxThreads = 1, int parallelFrom = 16_384) =>
        new DomainMapper(raw, problems, maxThreads, parallelFrom).Build();

    /// <summary>
    /// Whether a domain problem only repeats one already reported: a reference to nothing
    /// (<see cref="DataProblem.MissingReference"/>) naming an element that had a problem of its own and so was not built.
    /// </summary>
    internal static bool FollowsFromBrokenElement(RawDocument raw, DataProblem problem) =>
        problem.MissingReference is { } missing
        && (missing.Kind == ReferenceKind.Organization ? raw.BrokenOrganizations : raw.BrokenMembers).Contains(missing.Id);

    /// <summary>
    /// The message of a domain problem with the element it points at (<see cref="DataProblem.Related"/>) at its
    /// position in the document: <paramref name="indexMapOf"/> gives, for a collection, the document position of
    /// each element passed to the domain (null: the positions are the document's).
    /// </summary>
    internal static string MessageOf(DataProblem problem, Func<string, IReadOnlyList<int>?> indexMapOf) =>
        problem.MessageWith(at => indexMapOf(at.Collection) is { } map && at.Index < map.Count ? JsonPaths.Index("$." + at.Collection, map[at.Index]) : at.Path);

    /// <summary>The JSON path of a domain problem at <paramref name="index"/> in the document (its own index may count built elements only).</summary>
    internal static string PathOf(DataProblem problem, int index) =>
        "$." + problem.Collection + (index >= 0 ? "[" + index.ToString(CultureInfo.InvariantCulture) + "]" : string.Empty) + (problem.Field is null ? string.Empty : "." + problem.Field);

    /// <summary>The message of an argument exception without the " (Parameter 'x')" suffix.</summary>
    internal static string MessageOf(ArgumentException e)
    {
        var m = e.Message;
        var cut = m.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = m.IndexOf("\r\nParameter name:", StringComparison.Ordinal);
        }

        if (cut < 0)
        {
            cut = m.IndexOf("\nParameter name:", StringComparison.Ordinal);
        }

        return (cut >= 0 ? m.Substring(0, cut) : m).Trim();
    }

    /// <summary>The path of the field an argument exception names, or the element's path.</summary>
    internal static string PathOf(string elementPath, ArgumentException e) =>
        e.ParamName is { } p && FieldOfParameter.TryGetValue(p, out var field) ? JsonPaths.Property(elementPath, field) : elementPath;

    private OrganizationTree? Build()
    {
        var builder = new OrganizationTreeBuilder();
        var orgMap = Map("organizations");
        var builtOrgs = new bool[raw.Organizations.Count];
        for (var i = 0; i < raw.Organizations.Count; i++)
        {
            if (raw.Organizations[i] is not { } o)
            {
                continue;
            }

            if (raw.Invalid.Contains(o))
            {
                var path = JsonPaths.Index("$.organizations", i);
                Exists(OrgIds(), JsonPaths.Property(path, "parent"), o.Parent, "organization");
                Exists(OrgIds(), JsonPaths.Property(path, "leads"), o.Leads, "organization");
                continue;
            }

            if (Construct("$.organizations", i, o, static o => new Organization(
                    o.Id, OrganizationKind.FromName(o.Kind), o.Name, o.Parent, o.Form is null ? null : BranchForm.FromName(o.Form), o.Leads,
                    o.Established, o.Dissolved, o.CoveredUnits, o.PlannedEnd), raw.BrokenOrganizations, o.Id) is { } org)
            {
                builder.Add(org);
                orgMap.Add(i);
                builtOrgs[i] = true;
            }
        }

        Duplicates(raw.Organizations, o => o.Id, builtOrgs, "organization", "organizations");

        var memberMap = Map("members");
        var builtMembers = new bool[raw.Members.Count];
        var made = maxThreads >= 2 && raw.MemberContracts >= parallelFrom ? MakeMembers() : null;
        builder.MaxThreads = Math.Max(1, maxThreads);
        memberMap.Capacity = raw.Members.Count;
        for (var i = 0; i < raw.Members.Count; i++)
        {
            if ((raw.Members[i] as Member ?? made?[i]) is { } ready)
            {
                builder.Add(ready);
                memberMap.Add(i);
                builtMembers[i] = true;
                continue;
            }

            if (raw.Members[i] is MemberContract m)
            {
                // Its own method: the closures of a contract member's pieces are made for it alone, not for every member.
                MapMember(i, m, builder, memberMap, builtMembers);
            }
        }

        Duplicates(raw.Members, RawDocument.MemberId, builtMembers, "member", "members");

        var postMap = Map("posts");
        for (var i = 0; i < raw.Posts.Count; i++)
        {
            if (raw.Posts[i] is Post ready)
            {
                builder.Add(ready);
                postMap.Add(i);
                continue;
            }

            if (raw.Posts[i] is not PostContract p)
            {
                continue;
            }

            if (!raw.Invalid.Contains(p)
                && Construct("$.posts", i, p, static p => new Post(p.Organization, p.Member, PostKind.FromName(p.Post), p.Since, p.Until, p.Duty is null ? null : CommitteeDuty.FromName(p.Duty)), null, null) is { } post)
            {
                builder.Add(post);
                postMap.Add(i);
            }
            else
            {
                var path = JsonPaths.Index("$.posts", i);
                Exists(OrgIds(), JsonPaths.Property(path, "organization"), p.Organization, "organization");
                Exists(MemberIds(), JsonPaths.Property(path, "member"), p.Member, "member");
            }
        }

        builder.TryBuild(out var tree, out var dataProblems);
        foreach (var d in dataProblems)
        {
            if (FollowsFromBrokenElement(raw, d))
            {
                continue;
            }

            var index = d.Index >= 0 && indexMaps.TryGetValue(d.Collection, out var map) && d.Index < map.Count ? map[d.Index] : d.Index;
            problems.Add(PathOf(d, index), MessageOf(d, collection => indexMaps.TryGetValue(collection, out var m) ? m : null));
        }

        return tree;
    }

    /// <summary>
    /// The members made on two threads, each half of the list on one: a member whose contract is readable and whose
    /// restrictions, exemption and self are all accepted. Anything else (an unreadable element, a refused value, any
    /// exception) is left null and goes the one-thread way in document order, which makes it again and reports its
    /// problems exactly as without the threads. Nothing shared is written here: the read sets are only read.
    /// </summary>
    private Member?[] MakeMembers()
    {
        var items = raw.Members;
        var made = new Member?[items.Count];
        var half = items.Count / 2;
        var first = System.Threading.Tasks.Task.Run(() => MakeMembers(0, half, made));
        MakeMembers(half, items.Count, made);
        first.GetAwaiter().GetResult();
        return made;
    }

    private void MakeMembers(int from, int to, Member?[] made)
    {
        var items = raw.Members;
        for (var i = from; i < to; i++)
        {
            if (items[i] is not MemberContract m || raw.Invalid.Contains(m))
            {
                continue;
            }

            try
            {
                var restrictions = Array.Empty<RightsRestriction>();
                if (m.Restrictions is { Count: > 0 } list)
                {
                    restrictions = new RightsRestriction[list.Count];
                    for (var k = 0; k < list.Count; k++)
                    {
                        restrictions[k] = new RightsRestriction(RestrictionKind.FromName(list[k].Kind), list[k].From, list[k].Until);
                    }
                }

                var exemption = m.LifeExemption is { } le ? new LifeExemption(LifeExemptionReason.FromName(le.Reason), le.From, le.Until) : null;
                made[i] = new Member(m.Id, m.Name, MembershipStatus.FromName(m.Status), m.Branch, m.Group, m.Admitted, m.FullSince, restrictions, m.TemporaryBranches, exemption);
            }
#pragma warning disable CA1031 // Any failure is left to the one-thread way, which meets it again and reports or throws it as before.
            catch (Exception)
#pragma warning restore CA1031
            {
                made[i] = null;
            }
        }
    }

    /// <summary>The non-empty ids of <paramref name="items"/> (null elements skipped).</summary>
    internal static HashSet<string> AllIds<T>(List<T?> items, Func<T, string> id)
        where T : class
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not null && id(item).Length > 0)
            {
                set.Add(id(item));
            }
        }

        return set;
    }

    /// <summary>Reports a reference of an element that could not be built when it names nothing in the document.</summary>
    private void Exists(HashSet<string> ids, string path, string? id, string what)
    {
        if (!string.IsNullOrEmpty(id) && !ids.Contains(id!))
        {
            problems.Add(path, $"no {what} \"{id}\"");
        }
    }

    /// <summary>Every organization id in the document, read or not built (made when a reference has to be checked).</summary>
    private HashSet<string> OrgIds() => orgIds ??= AllIds(raw.Organizations, o => o.Id);

    /// <summary>Every member id in the document, read or not built (made when a reference has to be checked).</summary>
    private HashSet<string> MemberIds() => memberIds ??= AllIds(raw.Members, RawDocument.MemberId);

    private void MemberReferences(string path, MemberContract m)
    {
        Exists(OrgIds(), JsonPaths.Property(path, "branch"), m.Branch, "organization");
        Exists(OrgIds(), JsonPaths.Property(path, "group"), m.Group, "organization");
        var temporary = m.TemporaryBranches ?? Array.Empty<string>();
        for (var k = 0; k < temporary.Count; k++)
        {
            Exists(OrgIds(), JsonPaths.Index(JsonPaths.Property(path, "temporaryBranches"), k), temporary[k], "organization");
        }
    }

    /// <summary>Maps member contract <paramref name="i"/> (a member not made at once by the reader): its restrictions, its life exemption, the member.</summary>
    private void MapMember(int i, MemberContract m, OrganizationTreeBuilder builder, List<int> memberMap, bool[] builtMembers)
    {
        if (raw.Invalid.Contains(m))
        {
            MemberReferences(JsonPaths.Index("$.members", i), m);
            return;
        }

        // The element's path is made only when something is reported (a province has millions of members).
        var restrictions = Array.Empty<RightsRestriction>();
        var ok = true;
        if (m.Restrictions is { Count: > 0 } list)
        {
            var madeRestrictions = new List<RightsRestriction>(list.Count);
            for (var k = 0; k < list.Count; k++)
            {
                var r = list[k];
                var rp = JsonPaths.Index(JsonPaths.Property(JsonPaths.Index("$.members", i), "restrictions"), k);
                if (Construct(rp, () => new RightsRestriction(RestrictionKind.FromName(r.Kind), r.From, r.Until), null, null) is { } one)
                {
                    madeRestrictions.Add(one);
                }
                else
                {
                    ok = false;
                }
            }

            restrictions = madeRestrictions.ToArray();
        }

        LifeExemption? exemption = null;
        if (m.LifeExemption is { } le)
        {
            exemption = Construct(JsonPaths.Property(JsonPaths.Index("$.members", i), "lifeExemption"), () => new LifeExemption(LifeExemptionReason.FromName(le.Reason), le.From, le.Until), null, null);
            ok &= exemption is not null;
        }

        var member = Construct("$.members", i, (m, restrictions, exemption), static a => new Member(
            a.m.Id, a.m.Name, MembershipStatus.FromName(a.m.Status), a.m.Branch, a.m.Group, a.m.Admitted, a.m.FullSince, a.restrictions, a.m.TemporaryBranches, a.exemption), raw.BrokenMembers, m.Id);
        if (member is not null && ok)
        {
            builder.Add(member);
            memberMap.Add(i);
            builtMembers[i] = true;
        }
        else
        {
            raw.BrokenMembers.Add(m.Id);
            MemberReferences(JsonPaths.Index("$.members", i), m);
        }
    }

    /// <summary>Duplicate ids involving an element that could not be built (the builder reports those among built ones).</summary>
    private void Duplicates<T>(List<T?> items, Func<T, string> id, bool[] built, string what, string collection)
        where T : class
    {
        if (Array.TrueForAll(built, b => b))
        {
            return; // every element was built: the tree builder reports the duplicates among them
        }

        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item || id(item).Length == 0)
            {
                continue;
            }

            if (!first.TryGetValue(id(item), out var j))
            {
                first.Add(id(item), i);
            }
            else if (!built[i] || !built[j])
            {
                problems.Add(JsonPaths.Property(JsonPaths.Index("$." + collection, i), "id"),
                    $"duplicate {what} id \"{id(item)}\" (first at $.{collection}[{j.ToString(CultureInfo.InvariantCulture)}]); ids must be unique");
            }
        }
    }

    private List<int> Map(string collection)
    {
        var list = new List<int>();
        indexMaps[collection] = list;
        return list;
    }

    /// <summary>
    /// Builds element <paramref name="index"/> of <paramref name="collection"/> (a static constructor call on
    /// <paramref name="state"/>: no closure per element); its path is made only when the constructor refuses it.
    /// </summary>
    private T? Construct<TState, T>(string collection, int index, TState state, Func<TState, T> make, HashSet<string>? broken, string? id)
        where T : class
    {
        try
        {
            return make(state);
        }
        catch (ArgumentException e)
        {
            problems.Add(PathOf(JsonPaths.Index(collection, index), e), MessageOf(e));
            if (broken is not null && id is not null)
            {
                broken.Add(id);
            }

            return null;
        }
    }

    private T? Construct<T>(string path, Func<T> make, HashSet<string>? broken, string? id)
        where T : class
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            problems.Add(PathOf(path, e), MessageOf(e));
            if (broken is not null && id is not null)
            {
                broken.Add(id);
            }

            return null;
        }
    }
}
