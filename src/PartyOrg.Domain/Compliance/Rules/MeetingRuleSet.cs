using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance.Rules;

/// <summary>The meeting rules (三会一课, MTG-*; organizational life, LIFE-*) and their parameters, the same in every sector.</summary>
internal static class MeetingRuleSet
{
    private static readonly ParameterKey[] RequirementParameters = { MeetingParameters.Requirements, MeetingParameters.DueSoonDays };

    internal static readonly RuleDescriptor MembersMeetingQuarterly = new(
        "MTG-MEMBERS-MEETING-QUARTERLY",
        RuleCategory.Meeting,
        new LocalizedText("党员大会一般每季度召开1次", "A branch holds a general meeting of members once per quarter as a rule"),
        new LocalizedText(
            "党支部“{subject}”{period}召开党员大会{actual}次，要求{expected}次（一般每季度召开1次）。",
            "Branch \"{subject}\" held {actual} general meeting(s) of members in {period}; expected {expected} (as a rule once per quarter)."),
        Severity.Warning,
        new[] { new Citation(Regulation.BranchWorkRegulations, 11) },
        SourceConfidence.VerifiedExcerpt,
        RequirementParameters,
        remarks: new LocalizedText("“一般每季度召开1次”：软性规定，默认为警告。", "\"As a rule once per quarter\": a soft rule, a warning by default."));

    internal static readonly RuleDescriptor CommitteeMonthly = new(
        "MTG-COMMITTEE-MONTHLY",
        RuleCategory.Meeting,
        new LocalizedText("支部委员会会议一般每月召开1次", "A branch committee meets once a month as a rule"),
        new LocalizedText(
            "党支部“{subject}”{period}召开支委会{actual}次，要求{expected}次（一般每月召开1次）。",
            "Branch \"{subject}\" held {actual} committee meeting(s) in {period}; expected {expected} (as a rule once a month)."),
        Severity.Warning,
        new[] { new Citation(Regulation.BranchWorkRegulations, 12) },
        SourceConfidence.VerifiedExcerpt,
        RequirementParameters,
        remarks: new LocalizedText("只适用于设支部委员会的党支部（当月第一天有委员在任）。", "Only for branches with a committee (a committee member in post on the first day of the month)."));

    internal static readonly RuleDescriptor GroupMonthly = new(
        "MTG-GROUP-MONTHLY",
        RuleCategory.Meeting,
        new LocalizedText("党小组会一般每月召开1次", "A Party group meets once a month as a rule"),
        new LocalizedText(
            "党小组“{subject}”{period}召开党小组会{actual}次，要求{expected}次（一般每月召开1次）。",
            "Party group \"{subject}\" held {actual} group meeting(s) in {period}; expected {expected} (as a rule once a month)."),
        Severity.Warning,
        new[] { new Citation(Regulation.BranchWorkRegulations, 13) },
        SourceConfidence.VerifiedExcerpt,
        RequirementParameters);

    internal static readonly RuleDescriptor ThemeDayMonthly = new(
        "LIFE-THEME-DAY-MONTHLY",
        RuleCategory.OrganizationalLife,
        new LocalizedText("党支部每月相对固定1天开展主题党日", "A branch holds a themed Party day each month"),
        new LocalizedText(
            "党支部“{subject}”{period}开展主题党日{actual}次，要求{expected}次（每月相对固定1天开展）。",
            "Branch \"{subject}\" held {actual} themed Party day(s) in {period}; expected {expected} (one relatively fixed day each month)."),
        Severity.Error,
        new[] { new Citation(Regulation.BranchWorkRegulations, 16, 2), new Citation(Regulation.MemberEducationRegulations, 16) },
        SourceConfidence.VerifiedExcerpt,
        RequirementParameters);

    internal static readonly RuleDescriptor OrganizationalLifeMeetingAnnual = new(
        "LIFE-ORG-LIFE-MEETING-ANNUAL",
        RuleCategory.OrganizationalLife,
        new LocalizedText("党支部每年至少召开1次组织生活会", "A branch holds at least one organizational life meeting a year"),
        new LocalizedText(
            "党支部“{subject}”{period}年度召开组织生活会{actual}次，要求{expected}次（每年至少1次，一般安排在第四季度）。",
            "Branch \"{subject}\" held {actual} organizational life meeting(s) in {period}; expected {expected} (at least once a year, as a rule in Q4)."),
        Severity.Error,
        new[] { new Citation(Regulation.BranchWorkRegulations, 17), new Citation(Regulation.MemberEducationRegulations, 17) },
        SourceConfidence.VerifiedExcerpt,
        RequirementParameters,
        remarks: new LocalizedText("“一般安排在第四季度”为软性要求：全年召开但不在10—12月的，给出警告。", "\"As a rule in Q4\" is soft: held in the year but outside October–December gives a warning."));

    internal static readonly RuleDescriptor DemocraticAppraisalAnnual = new(
        "LIFE-DEMOCRATIC-APPRAISAL-ANNUAL",
        RuleCategory.OrganizationalLife,
        new LocalizedText("党支部一般每年开展1次民主评议党员", "A branch appraises its members once a year as a rule"),
        new LocalizedText(
            "党支部“{subject}”{period}年度开展民主评议党员{actual}次，要求{expected}次（一般每年1次）。",
            "Branch \"{subject}\" held {actual} democratic appraisal(s) of members in {period}; expected {expected} (as a rule once a year)."),
        Severity.Warning,
        new[] { new Citation(Regulation.MemberEducationRegulations, 18) },
        SourceConfidence.VerifiedFullText,
        RequirementParameters,
        remarks: new LocalizedText(
            "依据《中国共产党党员教育管理工作条例》第十八条（已核对全文）；《支部工作条例》中的相应条款序号未经核实，不再引用。临时党支部不适用。",
            "Cites the regulations on the education and management of members, Art. 18 (checked in the full text); the branch regulations' article number is unconfirmed and no longer cited. Temporary branches are exempt."));

    internal static readonly RuleDescriptor SecretaryLecture = new(
        "MTG-LECTURE-BY-SECRETARY",
        RuleCategory.Meeting,
        new LocalizedText("党委（党组）书记每年至少讲1次党课", "Party committee and leading-group secretaries lecture at least once a year"),
        new LocalizedText(
            "“{subject}”书记{period}年度讲党课{actual}次，要求{expected}次（党委（党组）书记每年至少讲1次党课）。",
            "The secretary of \"{subject}\" gave {actual} Party lecture(s) in {period}; expected {expected} (at least once a year)."),
        Severity.Error,
        new[] { new Citation(Regulation.BranchWorkRegulations, 16), new Citation(Regulation.OrganRegulations, 18) },
        SourceConfidence.VerifiedExcerpt,
        RequirementParameters,
        remarks: new LocalizedText(
            "讲课人须为讲课当日在任的书记；党课可在本组织或下级组织举办（党组：其领导的机关党委及下级）。“党支部书记每年讲1次”不在本条（见 MTG-LECTURE-BRANCH-SECRETARY）。",
            "The lecturer must be the secretary in post on the day; the lecture may be held in the organization or below it (a 党组: below the organ committee it leads). \"Branch secretaries lecture once a year\" is not this article (see MTG-LECTURE-BRANCH-SECRETARY)."));

    internal static readonly RuleDescriptor PartyLectureLocalFrequency = new(
        "MTG-PARTY-LECTURE-LOCAL-FREQUENCY",
        RuleCategory.Meeting,
        new LocalizedText("党课按期开展（地方频次，默认每季度1次）", "Party lectures on schedule (local frequency, quarterly by default)"),
        new LocalizedText(
            "党支部“{subject}”{period}上党课{actual}次，要求{expected}次（本地规定的频次）。",
            "Branch \"{subject}\" held {actual} Party lecture(s) in {period}; expected {expected} (the local frequency)."),
        Severity.Warning,
        new[] { new Citation(Regulation.BranchWorkRegulations, 16) },
        SourceConfidence.VerifiedExcerpt,
        RequirementParameters,
        isLocal: true,
        remarks: new LocalizedText(
            "《支部工作条例》只要求“按期”上党课，没有规定次数；“每季度至少1次”来自地方规定，按需修改 meetings.requirements 中的频次。",
            "The branch regulations only say \"on schedule\" and set no number; \"at least once a quarter\" is a local rule: change the frequency in meetings.requirements."));

    internal static readonly RuleDescriptor OrganAnnualAssembly = new(
        "MTG-ORGAN-ANNUAL-ASSEMBLY",
        RuleCategory.Organ,
        new LocalizedText("机关每年至少召开1次党员干部大会", "An organ holds at least one assembly of members and cadres a year"),
        new LocalizedText(
            "“{subject}”{period}年度召开机关党员干部大会{actual}次，要求{expected}次（听取本单位主要负责人通报工作情况）。",
            "\"{subject}\" held {actual} organ assembly(ies) of members and cadres in {period}; expected {expected} (the unit's principal leader reports on the work)."),
        Severity.Error,
        new[] { new Citation(Regulation.OrganRegulations, 26, null, 6) },
        SourceConfidence.VerifiedFullText,
        RequirementParameters);

    internal static readonly RuleDescriptor BranchSecretaryLecture = new(
        "MTG-LECTURE-BRANCH-SECRETARY",
        RuleCategory.Meeting,
        new LocalizedText("党支部书记每年至少讲1次党课（地方规定）", "Branch secretaries lecture at least once a year (local)"),
        new LocalizedText(
            "党支部“{subject}”书记{period}年度讲党课{actual}次，要求{expected}次（地方规定）。",
            "The secretary of branch \"{subject}\" gave {actual} Party lecture(s) in {period}; expected {expected} (local rule)."),
        Severity.Warning,
        new[] { new Citation(Regulation.MemberEducationRegulations, articleConfirmed: false) },
        SourceConfidence.Memory,
        RequirementParameters,
        isLocal: true,
        remarks: new LocalizedText(
            "来源未经核实：未在任何存档的中央文本中找到；常见于地方规定。默认不启用，用 WithBranchSecretaryLecture() 加入。",
            "Source unconfirmed: not found in any stored central text; common in local rules. Not enabled by default: add it with WithBranchSecretaryLecture()."));

    /// <summary>Adds this area's rules and its parameters for the draft's sector.</summary>
    internal static void Contribute(ProfileDraft draft)
    {
        draft.Set(MeetingParameters.Requirements, MeetingRequirementSet.Default);
        draft.Set(MeetingParameters.DueSoonDays, 7);
        draft.Set(MeetingParameters.SelfLapseMonths, 6);
        draft.Set(MeetingParameters.SelfLapseAlertMonths, 3);
        draft.Set(MeetingParameters.ThemeDayMinMonths, 3);
        draft.Set(MeetingParameters.ThemeDayRegularPercent, 67);
        draft.Set(MeetingParameters.ThemeDayToleranceDays, 3);
        foreach (var d in new[]
        {
            MembersMeetingQuarterly, CommitteeMonthly, GroupMonthly, ThemeDayMonthly, OrganizationalLifeMeetingAnnual,
            DemocraticAppraisalAnnual, SecretaryLecture, PartyLectureLocalFrequency, OrganAnnualAssembly,
        })
        {
            draft.Add(new MeetingRequirementRule(d));
        }

        draft.Add(new CommitteeQuorumRule());
        draft.Add(new MembersMeetingVoteRule());
        draft.Add(new ThemeDayRegularityRule());
        draft.Add(new SelfLapseRule());
    }
}
