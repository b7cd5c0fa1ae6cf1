using PartyOrg.Domain.Leadership;

namespace PartyOrg.Domain.Compliance;

public sealed partial class ComplianceInput
{
    /// <summary>The yearly reports of the organ's leaders, or null when none were added (the reporting rules do not run).</summary>
    public LeadershipReportLog? Reports => GetData<LeadershipReportLog>();

    /// <summary>The training hours, or null when none were added (the training-hours rule does not run).</summary>
    public TrainingLog? Trainings => GetData<TrainingLog>();

    /// <summary>A copy with the yearly reports, checked by the reporting rules.</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>The new input.</returns>
    public ComplianceInput WithReports(LeadershipReportLog reports) => WithData(reports);

    /// <summary>A copy with the training hours, checked by the training-hours rule.</summary>
    /// <param name="trainings">The rows.</param>
    /// <returns>The new input.</returns>
    public ComplianceInput WithTrainings(TrainingLog trainings) => WithData(trainings);
}
