using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Terms;

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
    internal static readonly IReadOnlyList<string> LifeExemptionReasons = LifeExemptionReason.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> AdjustmentKinds = TermAdjustmentKind.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> MeetingKinds = MeetingKind.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> AbsenceReasons = AbsenceReason.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> ElectionKinds = ElectionKind.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> ElectionMethods = ElectionMethod.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> ElectionOffices = ElectionOffice.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
    internal static readonly IReadOnlyList<string> ElectionAssemblies = ElectionAssembly.List.OrderBy(k => k.Value).Select(k => k.Name).ToArray();
}
