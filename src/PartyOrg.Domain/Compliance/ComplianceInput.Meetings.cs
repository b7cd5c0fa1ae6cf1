using PartyOrg.Domain.Meetings;

namespace PartyOrg.Domain.Compliance;

/// <summary>The meeting records of a compliance input.</summary>
public sealed partial class ComplianceInput
{
    /// <summary>The meetings held (三会一课 and organizational life), or null when none were added: then the meeting rules report nothing.</summary>
    public MeetingLog? Meetings => GetData<MeetingLog>();

    /// <summary>A copy with the meetings held.</summary>
    /// <param name="log">The meeting log (validated against the tree with <see cref="MeetingLog.Create"/>).</param>
    /// <returns>The new input.</returns>
    public ComplianceInput WithMeetings(MeetingLog log) => WithData(log);
}
