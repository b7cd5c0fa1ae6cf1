using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Generation;

/// <summary>
/// 合成机关数据 — a deterministic generator of realistic synthetic organ data for benchmarks and for
/// <c>partyorg generate</c>: 机关工委 over departments, each department a 党组 leading its 机关党委 with general
/// branches and branches of 5–60 members (Party groups in the larger ones, about 5 % probationary members, a
/// secretary everywhere and a committee where there are at least 7 full members, a few gaps on purpose), terms of
/// varied ages, and a year of meetings with realistic gaps and attendance. The same size and seed always give the
/// same data; no clock is read.
/// </summary>
public static partial class SyntheticOrgan
{
    /// <summary>The default seed.</summary>
    public const long DefaultSeed = 20261231;

    /// <summary>The year the synthetic meetings cover.</summary>
    public const int Year = 2026;

    /// <summary>The "as of" date of the synthetic data: the last day of <see cref="Year"/>, so every period is closed.</summary>
    public static LocalDate AsOf { get; } = new(Year, 12, 31);

    private static readonly string[] Surnames =
    {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
    };

    private static readonly string[] GivenChars =
    {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
        "刚", "桂", "英", "华", "建", "国", "志", "红", "玉", "兰", "海", "文", "晓", "春", "宇", "欣", "佳", "思", "雨", "航",
    };

    private static readonly string[] DivisionNames =
    {
        "办公室", "综合处", "政策法规处", "规划处", "财务处", "人事处", "机关党委办公室", "监督检查处", "信息中心", "审计处",
        "发展处", "协调处", "统计处", "宣传处", "后勤服务中心", "科技处", "对外合作处", "安全处", "研究室", "督查室",
    };

    /// <summary>Generates the data of a size.</summary>
    /// <param name="size">The size.</param>
    /// <param name="seed">The seed (<see cref="DefaultSeed"/> by default).</param>
    /// <returns>The data.</returns>
    public static SyntheticDocument Generate(SyntheticSize size, long seed = DefaultSeed) => Generate(size, seed, withMeetings: true);

    /// <summary>
    /// Generates the data of a size without the meetings (<see cref="SyntheticDocument.Meetings"/> empty): every other
    /// data set is the one <see cref="Generate(SyntheticSize, long)"/> gives (each has its own seed). The meetings
    /// can then be made one at a time with <see cref="StreamMeetings"/>.
    /// </summary>
    /// <param name="size">The size.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The data without meetings.</returns>
    internal static SyntheticDocument GenerateWithoutMeetings(SyntheticSize size, long seed) => Generate(size, seed, withMeetings: false);

    /// <summary>The mask applied to the seed for the meetings' generator.</summary>
    private const long MeetingSeedMask = 0x5DEECE66DL;

    private static SyntheticDocument Generate(SyntheticSize size, long seed, bool withMeetings)
    {
        if (size is null)
        {
            throw new ArgumentNullException(nameof(size));
        }

        var g = new TreeGenerator(size, seed);
        g.Run();
        var document = new SyntheticDocument(size, seed, AsOf, g.Organizations.ToArray(), g.Members.ToArray(), g.Posts.ToArray(), g.Shapes.ToArray(), g.Bodies.ToArray(), g.Departments.ToArray());
        if (withMeetings)
        {
            AddMeetings(document, new DeterministicRandom(seed ^ MeetingSeedMask));
        }

        AddTerms(document, new DeterministicRandom(seed ^ 0x2545F4914F6CDD1DL));
        AddElections(document, new DeterministicRandom(seed ^ 0x1B873593L));
        return document;
    }

    /// <summary>Adds a year of meetings (SyntheticOrgan.Meetings.cs).</summary>
    static partial void AddMeetings(SyntheticDocument document, DeterministicRandom random);

    /// <summary>Adds the terms of every elected body (SyntheticOrgan.Terms.cs).</summary>
    static partial void AddTerms(SyntheticDocument document, DeterministicRandom random);

    /// <summary>Adds the elections held in the year (SyntheticOrgan.Elections.cs).</summary>
    static partial void AddElections(SyntheticDocument document, DeterministicRandom random);

    private static string Digits(int value, int width) => value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');

    /// <summary>Builds the organizations, members and posts, and remembers each branch's shape for the activity generators.</summary>
    private sealed class TreeGenerator
    {
        private readonly SyntheticSize size;
        private readonly DeterministicRandom random;

        internal TreeGenerator(SyntheticSize size, long seed)
        {
            this.size = size;
            random = new DeterministicRandom(seed);
            Organizations = new List<Organization>(size.Branches * 2 + size.Departments * 4);
            Members = new List<Member>(size.Members);
            Posts = new List<Post>(size.Branches * 4);
            Shapes = new List<BranchShape>(size.Branches);
            Bodies = new List<ElectedBody>(size.Branches + size.Departments * 3);
            Departments = new List<DepartmentShape>(size.Departments);
        }

        internal List<Organization> Organizations { get; }

        internal List<Member> Members { get; }

        internal List<Post> Posts { get; }

        internal List<BranchShape> Shapes { get; }

        internal List<ElectedBody> Bodies { get; }

        internal List<DepartmentShape> Departments { get; }

        internal void Run()
        {
            var department = 0;
            for (var w = 1; w <= size.WorkingCommittees; w++)
            {
                var wc = "wc-" + Digits(w, 2);
                Organizations.Add(new Organization(wc, OrganizationKind.WorkingCommittee, w == 1 ? "中共某省直属机关工作委员会" : $"中共某省第{w}市直属机关工作委员会"));
                for (var d = 0; d < size.DepartmentsPerCommittee; d++)
                {
                    // Departments vary in pairs around the average, so the total is exact.
                    var delta = random.Between(0, size.BranchesPerDepartment / 2);
                    var branches = size.DepartmentsPerCommittee == 1 ? size.BranchesPerDepartment
                        : d % 2 == 0 ? size.BranchesPerDepartment + delta : size.BranchesPerDepartment - lastDelta;
                    lastDelta = delta;
                    AddDepartment(wc, ++department, branches);
                }
            }
        }

        private int lastDelta;

        private void AddDepartment(string wc, int number, int branchCount)
        {
            var tag = Digits(number, 4);
            var oc = "oc-" + tag;
            var lg = "lg-" + tag;
            var deptName = $"第{number}厅局";
            Organizations.Add(new Organization(lg, OrganizationKind.LeadingGroup, $"中共{deptName}党组", leadsId: oc));
            Organizations.Add(new Organization(oc, OrganizationKind.OrganCommittee, $"中共{deptName}机关委员会", wc, establishedOn: new LocalDate(random.Between(1995, 2010), random.Between(1, 12), 1)));

            // Branch sizes: skewed towards small branches, a large retirees' branch last, a few joint branches;
            // then nudged so the department has exactly the average number of members per branch.
            var sizes = new int[branchCount];
            var joint = new bool[branchCount];
            var total = 0;
            for (var i = 0; i < branchCount; i++)
            {
                if (i == branchCount - 1 && branchCount > 1)
                {
                    sizes[i] = random.Between(35, 60);
                }
                else if (random.Chance(0.02))
                {
                    joint[i] = true;
                    sizes[i] = random.Between(3, 6);
                }
                else
                {
                    sizes[i] = 5 + (int)(56 * Math.Pow(random.NextDouble(), 2.4));
                }

                total += sizes[i];
            }

            var target = branchCount * size.MembersPerBranch;
            while (total != target)
            {
                var i = random.Next(branchCount);
                if (joint[i])
                {
                    continue;
                }

                if (total < target && sizes[i] < 60)
                {
                    sizes[i]++;
                    total++;
                }
                else if (total > target && sizes[i] > 5)
                {
                    sizes[i]--;
                    total--;
                }
            }

            // General branches of five branches each in larger departments; the rest sit directly under the 机关党委.
            var generalBranches = branchCount >= 12 ? branchCount / 8 : 0;
            var gbIds = new string[generalBranches];
            for (var k = 0; k < generalBranches; k++)
            {
                gbIds[k] = $"gb-{tag}-{k + 1}";
                Organizations.Add(new Organization(gbIds[k], OrganizationKind.GeneralBranch, $"{deptName}第{k + 1}党总支", oc, establishedOn: new LocalDate(random.Between(2003, 2013), random.Between(1, 12), 1)));
            }

            var departmentFirstMember = Members.Count;
            var gbFirstBranchMember = new int[generalBranches];
            var gbMemberCount = new int[generalBranches];
            for (var i = 0; i < branchCount; i++)
            {
                var parent = i / 5 < generalBranches ? gbIds[i / 5] : oc;
                var first = AddBranch(tag, i, parent, sizes[i], joint[i], i == branchCount - 1 && branchCount > 1);
                if (i / 5 < generalBranches)
                {
                    if (i % 5 == 0)
                    {
                        gbFirstBranchMember[i / 5] = first;
                    }

                    gbMemberCount[i / 5] += sizes[i];
                }
            }

            var departmentMembers = Members.Count - departmentFirstMember;
            var gbSeats = new[] { PostKind.Secretary, PostKind.DeputySecretary, PostKind.CommitteeMember, PostKind.CommitteeMember, PostKind.CommitteeMember };
            var gbDuties = new[] { null, null, CommitteeDuty.Organization, CommitteeDuty.Publicity, CommitteeDuty.DisciplineInspection };
            for (var k = 0; k < generalBranches; k++)
            {
                // A general branch committee of 5 from the full members of its branches (COM-GENBRANCH-SIZE).
                var start = TermStart(3);
                var gbCommittee = new int[gbSeats.Length];
                var gbUsed = new HashSet<int>();
                for (var s = 0; s < gbSeats.Length; s++)
                {
                    gbCommittee[s] = PickFull(gbFirstBranchMember[k], gbMemberCount[k], gbUsed);
                    Posts.Add(new Post(gbIds[k], Members[gbCommittee[s]].Id, gbSeats[s], start, duty: gbDuties[s]));
                }

                Bodies.Add(new ElectedBody(gbIds[k], oc, OrganizationKind.GeneralBranch, start, 3, gbCommittee));
            }

            // 机关党委: secretary, deputy and three members; 党组: secretary and three members (leaders of the unit).
            var ocStart = TermStart(5);
            var seats = new[] { PostKind.Secretary, PostKind.DeputySecretary, PostKind.CommitteeMember, PostKind.CommitteeMember, PostKind.CommitteeMember };
            var duties = new[] { null, null, CommitteeDuty.Organization, CommitteeDuty.Publicity, CommitteeDuty.DisciplineInspection };
            var used = new HashSet<int>();
            var ocCommittee = new int[seats.Length];
            for (var s = 0; s < seats.Length; s++)
            {
                ocCommittee[s] = PickFull(departmentFirstMember, departmentMembers, used);
                Posts.Add(new Post(oc, Members[ocCommittee[s]].Id, seats[s], ocStart, duty: duties[s]));
            }

            Bodies.Add(new ElectedBody(oc, wc, OrganizationKind.OrganCommittee, ocStart, 5, ocCommittee));
            var lgSince = new LocalDate(random.Between(2019, 2025), random.Between(1, 12), 1);
            var lgMembers = new int[4];
            for (var s = 0; s < lgMembers.Length; s++)
            {
                lgMembers[s] = PickFull(departmentFirstMember, departmentMembers, used);
                Posts.Add(new Post(lg, Members[lgMembers[s]].Id, s == 0 ? PostKind.Secretary : PostKind.CommitteeMember, lgSince));
            }

            Departments.Add(new DepartmentShape(oc, lg, departmentFirstMember, departmentMembers, lgMembers));
        }

        private int PickFull(int first, int count, HashSet<int> used)
        {
            for (var attempt = 0; ; attempt++)
            {
                var m = first + random.Next(count);
                if ((Members[m].IsFull || attempt > 50) && used.Add(m))
                {
                    return m;
                }
            }
        }

        /// <summary>A term start: most terms current, some due soon, about 6 % overdue.</summary>
        private LocalDate TermStart(int years)
        {
            var monthsAgo = random.Chance(0.06)
                ? years * 12 + random.Between(1, 24)
                : random.Between(0, years * 12 - 1);
            return new LocalDate(Year, 12, 1).PlusMonths(-monthsAgo).PlusDays(random.Between(0, 27));
        }

        private int AddBranch(string tag, int index, string parent, int memberCount, bool isJoint, bool retirees)
        {
            var id = $"b-{tag}-{Digits(index + 1, 2)}";
            var name = retirees ? "离退休干部党支部"
                : isJoint ? $"{DivisionNames[index % DivisionNames.Length]}等{memberCount / 2 + 1}个单位联合党支部"
                : $"{DivisionNames[index % DivisionNames.Length]}第{index / DivisionNames.Length + 1}党支部";
            var orgIndex = Organizations.Count;
            Organizations.Add(new Organization(id, OrganizationKind.Branch, name, parent, isJoint ? BranchForm.Joint : BranchForm.Regular,
                establishedOn: new LocalDate(random.Between(2000, 2013), random.Between(1, 12), 1), coveredUnits: isJoint ? random.Between(2, 4) : null));

            // Party groups: one per 12 members in branches of 15 or more.
            var groups = memberCount >= 15 ? Math.Max(2, memberCount / 12) : 0;
            var groupIds = new string[groups];
            for (var k = 0; k < groups; k++)
            {
                groupIds[k] = $"{id}-g{k + 1}";
                Organizations.Add(new Organization(groupIds[k], OrganizationKind.PartyGroup, $"第{k + 1}党小组", id));
            }

            var first = Members.Count;
            var full = 0;
            for (var i = 0; i < memberCount; i++)
            {
                var mid = "m-" + Digits(first + i + 1, 7);
                var group = groups == 0 ? null : groupIds[i % groups];
                var probationary = i >= 3 && random.Chance(0.05);
                var personName = Surnames[random.Next(Surnames.Length)] + GivenChars[random.Next(GivenChars.Length)] + (random.Chance(0.6) ? GivenChars[random.Next(GivenChars.Length)] : string.Empty);
                if (probationary)
                {
                    Members.Add(new Member(mid, personName, MembershipStatus.Probationary, id, group, new LocalDate(Year - 1, random.Between(1, 12), random.Between(1, 28)).PlusMonths(random.Between(0, 10))));
                }
                else
                {
                    var admitted = new LocalDate(retirees ? random.Between(1970, 1995) : random.Between(1985, 2024), random.Between(1, 12), random.Between(1, 28));
                    Members.Add(new Member(mid, personName, MembershipStatus.Full, id, group, admitted, admitted.PlusYears(1)));
                    full++;
                }
            }

            // Posts: a secretary everywhere; a committee of 3–5 where there are at least 7 full members (a few
            // branches lack it on purpose); a leader for each Party group.
            var start = TermStart(3);
            var committeeSize = full >= 7 && !random.Chance(0.03) ? (full >= 25 ? 5 : 3) : 1;
            var committee = new int[committeeSize];
            for (int c = 0, m = first; c < committeeSize; m++)
            {
                if (Members[m].IsFull)
                {
                    committee[c++] = m;
                }
            }

            AddCommitteePosts(id, committee, start);
            Bodies.Add(new ElectedBody(id, parent, OrganizationKind.Branch, start, 3, committee));
            for (var k = 0; k < groups; k++)
            {
                Posts.Add(new Post(groupIds[k], Members[first + k + (k < committeeSize ? groups : 0)].Id, PostKind.GroupLeader, start));
            }

            Shapes.Add(new BranchShape(id, orgIndex, first, memberCount, groups, committee, isJoint));
            return first;
        }

        private void AddCommitteePosts(string id, int[] committee, LocalDate since)
        {
            Posts.Add(new Post(id, Members[committee[0]].Id, PostKind.Secretary, since));
            if (committee.Length == 1)
            {
                return;
            }

            // Three seats: secretary, organization, discipline inspection (publicity taken by the secretary);
            // five: secretary, deputy, organization, publicity, discipline inspection.
            var duties = committee.Length == 5
                ? new[] { null, CommitteeDuty.Organization, CommitteeDuty.Publicity, CommitteeDuty.DisciplineInspection }
                : new[] { CommitteeDuty.Organization, CommitteeDuty.DisciplineInspection };
            for (var c = 1; c < committee.Length; c++)
            {
                var kind = committee.Length == 5 && c == 1 ? PostKind.DeputySecretary : PostKind.CommitteeMember;
                Posts.Add(new Post(id, Members[committee[c]].Id, kind, since, duty: duties[c - 1]));
            }
        }
    }
}

/// <summary>The shape of one synthetic branch, for the activity generators.</summary>
internal sealed class BranchShape
{
    internal BranchShape(string id, int organizationIndex, int firstMember, int memberCount, int groups, int[] committee, bool isJoint)
    {
        Id = id;
        OrganizationIndex = organizationIndex;
        FirstMember = firstMember;
        MemberCount = memberCount;
        Groups = groups;
        Committee = committee;
        IsJoint = isJoint;
    }

    internal string Id { get; }

    internal int OrganizationIndex { get; }

    /// <summary>The branch's members are Members[FirstMember .. FirstMember + MemberCount).</summary>
    internal int FirstMember { get; }

    internal int MemberCount { get; }

    /// <summary>The number of Party groups; member k of the branch is in group k % Groups, whose id is <c>{Id}-g{n}</c>.</summary>
    internal int Groups { get; }

    /// <summary>Member indices of the committee; [0] is the secretary.</summary>
    internal int[] Committee { get; }

    internal bool IsJoint { get; }

    internal string GroupId(int group) => Id + "-g" + (group + 1).ToString(CultureInfo.InvariantCulture);
}

/// <summary>An elected body of the synthetic data: the start and length of its current term, and its committee.</summary>
internal sealed class ElectedBody
{
    internal ElectedBody(string organizationId, string parentId, OrganizationKind kind, LocalDate termStart, int years, int[] committee)
    {
        OrganizationId = organizationId;
        ParentId = parentId;
        Kind = kind;
        TermStart = termStart;
        Years = years;
        Committee = committee;
    }

    /// <summary>Member indices of the committee (the secretary first).</summary>
    internal int[] Committee { get; }

    internal string OrganizationId { get; }

    /// <summary>The higher organization (approves elections and adjustments).</summary>
    internal string ParentId { get; }

    internal OrganizationKind Kind { get; }

    internal LocalDate TermStart { get; }

    internal int Years { get; }
}

/// <summary>One synthetic department: its 机关党委 and 党组 and the range of its members.</summary>
internal sealed class DepartmentShape
{
    internal DepartmentShape(string organCommitteeId, string leadingGroupId, int firstMember, int memberCount, int[] leadingGroupMembers)
    {
        OrganCommitteeId = organCommitteeId;
        LeadingGroupId = leadingGroupId;
        FirstMember = firstMember;
        MemberCount = memberCount;
        LeadingGroupMembers = leadingGroupMembers;
    }

    internal string OrganCommitteeId { get; }

    internal string LeadingGroupId { get; }

    internal int FirstMember { get; }

    internal int MemberCount { get; }

    internal int[] LeadingGroupMembers { get; }
}
