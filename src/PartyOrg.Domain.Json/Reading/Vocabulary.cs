using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>The enum spellings of the contract (docs/json.md), taken from the domain's SmartEnums where they exist.</summary>
internal static class Vocabulary
{
    internal static readonly IReadOnlyList<string> OrganizationKinds = OrganizationKind.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> BranchForms = BranchForm.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> Statuses = MembershipStatus.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> Posts = PostKind.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> Duties = CommitteeDuty.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> Restrictions = RestrictionKind.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> AdjustmentKinds = new[] { "postpone", "advance" };
    internal static readonly IReadOnlyList<string> MeetingKinds = new[]
    {
        "general-meeting", "committee-meeting", "group-meeting", "party-lecture", "themed-party-day",
        "organizational-life-meeting", "democratic-appraisal", "democratic-life-meeting",
    };

    internal static readonly IReadOnlyList<string> AbsenceReasons = new[] { "leave", "illness", "business-travel", "other", "no-reason" };
    internal static readonly IReadOnlyList<string> ElectionKinds = new[] { "general", "by-election" };
}
