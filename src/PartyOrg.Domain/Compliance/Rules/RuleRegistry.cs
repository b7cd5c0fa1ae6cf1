using System;
using System.Collections.Generic;
using System.Linq;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 规则登记 — every built-in rule of the library, each registered once, keyed by its id: the built-in profiles' rules,
/// the opt-in ones and the LOCAL ones. Explicit (no reflection scan), so it survives
/// trimming. A rule lives in one file named after its id under <c>Compliance/Rules/{Family}/</c>.
/// </summary>
internal static class RuleRegistry
{
    /// <summary>The family folder of each id prefix.</summary>
    private static readonly Dictionary<string, string> Families = new(StringComparer.Ordinal)
    {
        ["ORG"] = "Organization", ["COM"] = "Composition", ["GRP"] = "Groups", ["ORGAN"] = "Organ", ["PG"] = "Organ",
        ["MTG"] = "Meetings", ["LIFE"] = "Life", ["TERM"] = "Terms", ["ELEC"] = "Elections", ["DEV"] = "Development",
        ["MEM"] = "Members", ["DUES"] = "Dues", ["EDU"] = "Education", ["ASSESS"] = "Assessment",
    };

    /// <summary>Every built-in rule, in registration order.</summary>
    internal static IReadOnlyList<IComplianceRule> All { get; } = new IComplianceRule[]
    {
        new OrgBasicAnyMin3Rule(), new OrgBranchMinMembersRule(), new OrgBranchMaxMembersRule(), new OrgGenbranchThresholdOrganRule(),
        new OrgCommitteeThresholdOrganRule(), new OrgThresholdsGeneralRule(), new OrgBelowThresholdApprovalRule(), new OrgJointBranchRule(),
        new OrgTempBranchRule(), new OrgProjectBranch6mRule(),
        new ComBranchCommitteeThreshold7Rule(), new ComBranchCommitteeBelow7Rule(), new ComBranchCommitteeSizeRule(), new ComDisciplineMemberRule(),
        new ComGenbranchSizeRule(), new ComBasicCommitteeSizeRule(), new ComPartygroupSizeRule(), new ComSecretaryEligibilityRule(),
        new ComOneSecretaryRule(),
        new GrpWhenRequiredRule(), new GrpLeaderAppointmentRule(), new GrpMemberInGroupRule(),
        new OrganDualLeadershipRule(), new OrganApprovalChainRule(), new OrganReportingRule(), new PgAnnualReportRule(),
        new MtgMembersMeetingQuarterlyRule(), new MtgCommitteeMonthlyRule(), new MtgGroupMonthlyRule(), new MtgLectureBySecretaryRule(),
        new MtgPartyLectureLocalFrequencyRule(), new MtgOrganAnnualAssemblyRule(), new MtgLectureBranchSecretaryRule(), new MtgCommitteeQuorumRule(),
        new MtgMembersMeetingQuorumVoteRule(),
        new LifeThemeDayMonthlyRule(), new LifeOrgLifeMeetingAnnualRule(), new LifeDemocraticAppraisalAnnualRule(), new LifeThemeDayFixedDayRule(),
        new LifeSelfLapse6mRule(), new LifeEveryMemberInUnitRule(), new LifeDemocraticLifeMeetingRule(), new LifeDualOrgLifeRule(),
        new TermOnTimeRule(), new TermConstitutionRangeRule(), new TermReminder6mRule(), new TermVacancyRule(),
        new ElecQuorum45Rule(), new ElecBallotValidityRule(), new ElecDiffRatioCommitteeRule(), new ElecDiffRatioDelegateRule(),
        new ElecWinThresholdRule(), new ElecAssemblyOrCongress500Rule(), new ElecDelegateQuotaRule(), new ElecSecretaryByCommitteeRule(), new ElecPrelimThresholdRule(),
        new DuesRateBandsRule(), new DuesRetiredRule(), new DuesFlatRule(), new DuesPaymentTimingRule(), new DuesChangeAndVoluntaryRule(),
        new DuesHardshipRule(), new DuesProbationaryStartRule(),
        new Edu3256HoursRule(),
        new DevMinAge18Rule(), new DevTalkWithin1mRule(), new DevActivistSelectionRule(), new DevLiaison12Rule(), new DevActivistReview6mRule(),
        new DevActivistMin1yRule(), new DevSponsors2Rule(), new DevPoliticalReviewRule(), new DevTraining3d24hRule(), new DevPreauditAnd3mLeavingRule(),
        new DevPublicNoticeRule(), new DevBranchVoteRule(), new DevHigherTalkRule(), new DevApproval3mRule(), new DevProbation1yRule(),
        new DevProbationExtensionRule(), new DevConversionProcedureRule(),
        new MemPartyAgeRule(), new MemTransferRequiredRule(), new MemTransferRefusalRule(), new MemLostContact6mRule(), new MemLostContactRemoval2yRule(), new MemProbationDiscipline2yRule(),
        new AssessRectificationOverdueRule(), new AssessGradeQuotaRule(),
    };

    private static readonly Lazy<Dictionary<string, IComplianceRule>> ById = new(() =>
        All.ToDictionary(r => r.Descriptor.Id, StringComparer.Ordinal));

    /// <summary>The built-in rule with the id, or null.</summary>
    internal static IComplianceRule? Find(string ruleId) => ById.Value.TryGetValue(ruleId, out var r) ? r : null;

    /// <summary>
    /// The repository path of a built-in rule's source file: <c>src/PartyOrg.Domain/Compliance/Rules/{Family}/{Class}.cs</c>,
    /// the family from the id's prefix and the class named after the id (an id such as <c>ORG-FOO-MIN-3</c> →
    /// <c>OrgFooMin3Rule</c>).
    /// </summary>
    internal static string SourceFile(string ruleId)
    {
        var prefix = ruleId.Substring(0, ruleId.IndexOf('-'));
        var family = Families.TryGetValue(prefix, out var f) ? f : prefix;
        return "src/PartyOrg.Domain/Compliance/Rules/" + family + "/" + ClassName(ruleId) + ".cs";
    }

    /// <summary>The class name of a rule id: its words in Pascal case, then "Rule".</summary>
    internal static string ClassName(string ruleId) =>
        string.Concat(ruleId.Split('-').Select(w => w.Length == 0 ? w : w.Substring(0, 1) + w.Substring(1).ToLowerInvariant())) + "Rule";
}
