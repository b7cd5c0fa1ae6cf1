using System.Collections.Generic;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Sample;

/// <summary>
/// The embedded sample organ of <c>partyorg demo</c>: a city development and reform commission (某市发展和改革委员会)
/// with its 党组, 机关党委, two general branches, regular, joint and temporary branches, Party groups and 110 members —
/// realistic, with a few deliberate problems (a branch shrunk to 2 full members, an 8-member branch without a
/// committee, an oversized retirees' branch). Other parts of this partial class add meetings, terms and elections.
/// </summary>
public static partial class SampleOrgan
{
    /// <summary>The demo's fixed "as of" date.</summary>
    public static LocalDate AsOf { get; } = new(2026, 11, 22);

    /// <summary>Builds the sample tree.</summary>
    /// <returns>The tree.</returns>
    public static OrganizationTree BuildTree()
    {
        var b = new OrganizationTreeBuilder();
        b.Add(new Organization("wc", OrganizationKind.WorkingCommittee, "中共某市直属机关工作委员会"));
        b.Add(new Organization("lg-drc", OrganizationKind.LeadingGroup, "中共某市发展和改革委员会党组", leadsId: "oc-drc"));
        b.Add(new Organization("oc-drc", OrganizationKind.OrganCommittee, "中共某市发展和改革委员会机关委员会", "wc", establishedOn: new LocalDate(2003, 6, 1)));
        b.Add(new Organization("gb-1", OrganizationKind.GeneralBranch, "综合业务党总支", "oc-drc", establishedOn: new LocalDate(2010, 3, 1)));
        b.Add(new Organization("b-1", OrganizationKind.Branch, "办公室党支部", "gb-1", establishedOn: new LocalDate(2010, 3, 1)));
        b.Add(new Organization("g-1", OrganizationKind.PartyGroup, "办公室第一党小组", "b-1"));
        b.Add(new Organization("g-2", OrganizationKind.PartyGroup, "办公室第二党小组", "b-1"));
        b.Add(new Organization("b-2", OrganizationKind.Branch, "规划处党支部", "gb-1", establishedOn: new LocalDate(2010, 3, 1)));
        b.Add(new Organization("b-3", OrganizationKind.Branch, "价格处党支部", "gb-1", establishedOn: new LocalDate(2012, 5, 1)));
        b.Add(new Organization("gb-2", OrganizationKind.GeneralBranch, "项目投资党总支", "oc-drc", establishedOn: new LocalDate(2014, 9, 1)));
        b.Add(new Organization("b-4", OrganizationKind.Branch, "投资处党支部", "gb-2", establishedOn: new LocalDate(2014, 9, 1)));
        b.Add(new Organization("b-5", OrganizationKind.Branch, "区域协调处、地区振兴处联合党支部", "gb-2", BranchForm.Joint, establishedOn: new LocalDate(2019, 4, 1), coveredUnits: 2));
        b.Add(new Organization("b-6", OrganizationKind.Branch, "离退休干部党支部", "oc-drc", establishedOn: new LocalDate(2005, 1, 1)));
        b.Add(new Organization("g-3", OrganizationKind.PartyGroup, "离退休第一党小组", "b-6"));
        b.Add(new Organization("g-4", OrganizationKind.PartyGroup, "离退休第二党小组", "b-6"));
        b.Add(new Organization("b-7", OrganizationKind.Branch, "机关服务中心党支部", "oc-drc", establishedOn: new LocalDate(2008, 7, 1)));
        b.Add(new Organization("tb-1", OrganizationKind.Branch, "重大项目攻坚专班临时党支部", "oc-drc", BranchForm.Temporary, establishedOn: new LocalDate(2026, 3, 1), plannedEndOn: new LocalDate(2027, 2, 28)));

        var names = new NameSource();
        var members = new List<Member>();
        void AddMembers(string branch, int full, int probationary, params string?[] groups)
        {
            for (var i = 0; i < full + probationary; i++)
            {
                var id = $"m-{members.Count + 1:000}";
                var group = groups.Length == 0 ? null : groups[i % groups.Length];
                var admitted = new LocalDate(1985 + (members.Count * 7 % 38), 1 + (members.Count % 12), 1);
                members.Add(i < full
                    ? new Member(id, names.Next(), MembershipStatus.Full, branch, group, admitted, admitted.PlusYears(1))
                    : new Member(id, names.Next(), MembershipStatus.Probationary, branch, group, new LocalDate(2026, 1 + (i % 6), 1)));
            }
        }

        AddMembers("b-1", 12, 1, "g-1", "g-2");   // m-001..m-013: committee of 5
        AddMembers("b-2", 6, 0);                  // m-014..m-019: secretary only (< 7 full)
        AddMembers("b-3", 2, 1);                  // m-020..m-022: shrank to 2 full members
        AddMembers("b-4", 8, 0);                  // m-023..m-030: 8 full, no committee
        AddMembers("b-5", 4, 0);                  // m-031..m-034: joint branch of two small divisions
        AddMembers("b-6", 54, 0, "g-3", "g-4");   // m-035..m-088: retirees, over 50
        AddMembers("b-7", 20, 2);                 // m-089..m-110

        // Members seconded to the temporary branch keep their registration.
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Id is "m-002" or "m-015" or "m-024" or "m-025" or "m-090")
            {
                members[i] = members[i].WithTemporaryBranches(new[] { "tb-1" });
            }
        }

        b.AddRange(members);

        var since = new LocalDate(2024, 3, 15);
        b.Add(new Post("lg-drc", "m-001", PostKind.Secretary, new LocalDate(2023, 8, 1)));
        b.Add(new Post("lg-drc", "m-014", PostKind.CommitteeMember, new LocalDate(2022, 1, 10)));
        b.Add(new Post("lg-drc", "m-023", PostKind.CommitteeMember, new LocalDate(2021, 6, 1)));
        b.Add(new Post("lg-drc", "m-089", PostKind.CommitteeMember, new LocalDate(2024, 2, 1)));
        b.Add(new Post("oc-drc", "m-002", PostKind.Secretary, new LocalDate(2021, 11, 20)));
        b.Add(new Post("oc-drc", "m-003", PostKind.DeputySecretary, new LocalDate(2021, 11, 20)));
        b.Add(new Post("oc-drc", "m-016", PostKind.CommitteeMember, new LocalDate(2021, 11, 20), duty: CommitteeDuty.Organization));
        b.Add(new Post("oc-drc", "m-026", PostKind.CommitteeMember, new LocalDate(2021, 11, 20), duty: CommitteeDuty.Publicity));
        b.Add(new Post("oc-drc", "m-091", PostKind.CommitteeMember, new LocalDate(2021, 11, 20), duty: CommitteeDuty.DisciplineInspection));
        b.Add(new Post("gb-1", "m-004", PostKind.Secretary, new LocalDate(2023, 5, 10)));
        b.Add(new Post("gb-1", "m-017", PostKind.CommitteeMember, new LocalDate(2023, 5, 10), duty: CommitteeDuty.Organization));
        b.Add(new Post("gb-1", "m-020", PostKind.CommitteeMember, new LocalDate(2023, 5, 10), duty: CommitteeDuty.DisciplineInspection));
        b.Add(new Post("gb-2", "m-027", PostKind.Secretary, new LocalDate(2022, 9, 5)));
        b.Add(new Post("gb-2", "m-031", PostKind.CommitteeMember, new LocalDate(2022, 9, 5), duty: CommitteeDuty.Organization));
        b.Add(new Post("gb-2", "m-028", PostKind.CommitteeMember, new LocalDate(2022, 9, 5), duty: CommitteeDuty.DisciplineInspection));
        b.Add(new Post("b-1", "m-005", PostKind.Secretary, since));
        b.Add(new Post("b-1", "m-006", PostKind.DeputySecretary, since));
        b.Add(new Post("b-1", "m-007", PostKind.CommitteeMember, since, duty: CommitteeDuty.Organization));
        b.Add(new Post("b-1", "m-008", PostKind.CommitteeMember, since, duty: CommitteeDuty.Publicity));
        b.Add(new Post("b-1", "m-009", PostKind.CommitteeMember, since, duty: CommitteeDuty.DisciplineInspection));
        b.Add(new Post("g-1", "m-011", PostKind.GroupLeader, since));
        b.Add(new Post("g-2", "m-010", PostKind.GroupLeader, since));
        b.Add(new Post("b-2", "m-018", PostKind.Secretary, new LocalDate(2023, 12, 1)));
        b.Add(new Post("b-3", "m-021", PostKind.Secretary, new LocalDate(2022, 6, 1)));
        b.Add(new Post("b-4", "m-029", PostKind.Secretary, new LocalDate(2023, 1, 16)));
        b.Add(new Post("b-5", "m-032", PostKind.Secretary, new LocalDate(2025, 4, 1)));
        b.Add(new Post("b-6", "m-035", PostKind.Secretary, new LocalDate(2021, 3, 1)));
        b.Add(new Post("b-6", "m-036", PostKind.CommitteeMember, new LocalDate(2021, 3, 1), duty: CommitteeDuty.Organization));
        b.Add(new Post("b-6", "m-037", PostKind.CommitteeMember, new LocalDate(2021, 3, 1), duty: CommitteeDuty.Publicity));
        b.Add(new Post("b-6", "m-038", PostKind.CommitteeMember, new LocalDate(2021, 3, 1), duty: CommitteeDuty.DisciplineInspection));
        b.Add(new Post("g-3", "m-039", PostKind.GroupLeader, new LocalDate(2021, 3, 1)));
        b.Add(new Post("g-4", "m-040", PostKind.GroupLeader, new LocalDate(2021, 3, 1)));
        b.Add(new Post("b-7", "m-092", PostKind.Secretary, new LocalDate(2024, 9, 20)));
        b.Add(new Post("b-7", "m-093", PostKind.CommitteeMember, new LocalDate(2024, 9, 20), duty: CommitteeDuty.Organization));
        b.Add(new Post("b-7", "m-094", PostKind.CommitteeMember, new LocalDate(2024, 9, 20), duty: CommitteeDuty.DisciplineInspection));
        b.Add(new Post("tb-1", "m-002", PostKind.Secretary, new LocalDate(2026, 3, 1)));
        return b.Build();
    }

    /// <summary>The full demo input: the tree plus the meetings, terms and elections other parts add.</summary>
    /// <returns>The input, as of <see cref="AsOf"/>.</returns>
    public static ComplianceInput BuildInput()
    {
        var input = new ComplianceInput(BuildTree(), AsOf);
        AddMeetings(ref input);
        AddTerms(ref input);
        AddElections(ref input);
        AddDevelopment(ref input);
        return input;
    }

    static partial void AddMeetings(ref ComplianceInput input);

    static partial void AddTerms(ref ComplianceInput input);

    static partial void AddElections(ref ComplianceInput input);

    static partial void AddDevelopment(ref ComplianceInput input);

    private sealed class NameSource
    {
        private const string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
        private const string Given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文海波宁雪梅晨浩宇欣怡子轩思远嘉诚雨婷";
        private int next;

        public string Next()
        {
            var k = next++;
            var surname = Surnames[k * 7 % Surnames.Length];
            var g1 = Given[k * 13 % Given.Length];
            var g2 = Given[(k * 29 + 5) % Given.Length];
            return k % 3 == 0 ? $"{surname}{g1}" : $"{surname}{g1}{g2}";
        }
    }
}
