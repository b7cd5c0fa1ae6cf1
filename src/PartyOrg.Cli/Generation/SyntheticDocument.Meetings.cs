using System;
using System.Collections.Generic;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Generation;

/// <summary>The synthetic meeting records.</summary>
public sealed partial class SyntheticDocument
{
    private MeetingRecord[] meetings = Array.Empty<MeetingRecord>();

    /// <summary>A year of meeting records (三会一课, 主题党日, 组织生活会, 民主评议) with attendance.</summary>
    public IReadOnlyList<MeetingRecord> Meetings => meetings;

    /// <summary>Validates the meeting records against the tree and builds the log.</summary>
    /// <param name="tree">The tree built by <see cref="BuildTree"/>.</param>
    /// <returns>The log.</returns>
    public MeetingLog BuildMeetingLog(OrganizationTree tree) => MeetingLog.Create(tree, meetings);

    internal void SetMeetings(MeetingRecord[] records, long attendees)
    {
        meetings = records;
        MeetingCount = records.Length;
        AttendeeCount = attendees;
    }

    partial void AddMeetingData(OrganizationTree tree, ref ComplianceInput input) => input = input.WithMeetings(BuildMeetingLog(tree));
}
