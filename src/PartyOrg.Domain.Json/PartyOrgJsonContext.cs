using System.Text.Json.Serialization;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Domain.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for every contract type: serialization needs no reflection, so the
/// package is trimmable and Native AOT compatible. NodaTime values are written by the converters that
/// <see cref="PartyOrgJson.CreateOptions"/> adds at run time.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(AbsenceContract))]
[JsonSerializable(typeof(CalendarContract))]
[JsonSerializable(typeof(CalendarEventContract))]
[JsonSerializable(typeof(CandidateContract))]
[JsonSerializable(typeof(CheckReportContract))]
[JsonSerializable(typeof(CitationContract))]
[JsonSerializable(typeof(ElectReportContract))]
[JsonSerializable(typeof(ElectionContract))]
[JsonSerializable(typeof(ElectionResultContract))]
[JsonSerializable(typeof(FindingContract))]
[JsonSerializable(typeof(DuesExemptionContract))]
[JsonSerializable(typeof(LeadershipReportContract))]
[JsonSerializable(typeof(TrainingContract))]
[JsonSerializable(typeof(AssessmentEntryContract))]
[JsonSerializable(typeof(RectificationContract))]
[JsonSerializable(typeof(AssessmentReportContract))]
[JsonSerializable(typeof(DuesLineContract))]
[JsonSerializable(typeof(DuesReportContract))]
[JsonSerializable(typeof(DuesRowContract))]
[JsonSerializable(typeof(DuesTotalContract))]
[JsonSerializable(typeof(ApplicantContract))]
[JsonSerializable(typeof(ApplicantPlanContract))]
[JsonSerializable(typeof(DevelopmentReportContract))]
[JsonSerializable(typeof(TransferContract))]
[JsonSerializable(typeof(OutflowContract))]
[JsonSerializable(typeof(LostContactContract))]
[JsonSerializable(typeof(WorkingDaysContract))]
[JsonSerializable(typeof(InputDocument))]
[JsonSerializable(typeof(LifeExemptionContract))]
[JsonSerializable(typeof(MeetingContract))]
[JsonSerializable(typeof(MeetingVoteContract))]
[JsonSerializable(typeof(MemberContract))]
[JsonSerializable(typeof(OrganizationContract))]
[JsonSerializable(typeof(ParameterContract))]
[JsonSerializable(typeof(ParameterVersionContract))]
[JsonSerializable(typeof(PostContract))]
[JsonSerializable(typeof(ReasonContract))]
[JsonSerializable(typeof(RestrictionContract))]
[JsonSerializable(typeof(RuleCatalogueContract))]
[JsonSerializable(typeof(RuleContract))]
[JsonSerializable(typeof(SummaryContract))]
[JsonSerializable(typeof(TermAdjustmentContract))]
[JsonSerializable(typeof(TermContract))]
[JsonSerializable(typeof(TermStatusContract))]
[JsonSerializable(typeof(TermsReportContract))]
[JsonSerializable(typeof(TextContract))]
[JsonSerializable(typeof(ThresholdContract))]
[JsonSerializable(typeof(WindowContract))]
internal sealed partial class PartyOrgJsonContext : JsonSerializerContext
{
}
