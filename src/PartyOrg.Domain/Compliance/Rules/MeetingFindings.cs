using System;
using System.Collections.Generic;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Meetings;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance;

/// <summary>Shared state and reporting helpers of the meeting rules.</summary>
internal static class MeetingFindings
{
    /// <summary>The records resolved against the tree, built once per run (null when the input has no meeting log).</summary>
    internal static MeetingIndex? Index(ComplianceContext context) =>
        context.Input.Meetings is null ? null : context.GetShared("meetings.index", c => c.Input.Meetings!.IndexFor(c.Tree));

    /// <summary>
    /// Each organization in the scope of each enabled meeting requirement that <paramref name="which"/> accepts, with its
    /// position in the tree, requirement by requirement in document order.
    /// </summary>
    internal static IEnumerable<(MeetingRequirement Requirement, Organization Organization, int At)> InScope(ComplianceContext context, Func<MeetingRequirement, bool> which)
    {
        var organizations = context.Tree.Organizations;
        foreach (var requirement in context.Profile.EnabledMeetingRequirements().Requirements)
        {
            if (!which(requirement))
            {
                continue;
            }

            for (var o = 0; o < organizations.Count; o++)
            {
                if (requirement.Scope.Includes(organizations[o]))
                {
                    yield return (requirement, organizations[o], o);
                }
            }
        }
    }

    /// <summary>
    /// The records of the meetings of the kinds in <paramref name="kinds"/> (a mask of kind bits) held by the organization
    /// at position <paramref name="organization"/> inside the run's window and on or before the check date, in date order:
    /// the loop every per-meeting rule starts with.
    /// </summary>
    internal static HeldRecords HeldBy(this MeetingIndex index, ComplianceContext context, int organization, int kinds) =>
        new(index, context.Window, context.AsOf, organization, kinds);

    /// <summary>
    /// The records of <see cref="HeldBy"/>: a value enumerated with <c>foreach</c> without an object or an interface call
    /// per record (the meeting rules run it for every organization of a province).
    /// </summary>
    internal readonly struct HeldRecords
    {
        private readonly MeetingIndex index;
        private readonly NodaTime.DateInterval window;
        private readonly NodaTime.LocalDate asOf;
        private readonly int organization;
        private readonly int kinds;

        internal HeldRecords(MeetingIndex index, NodaTime.DateInterval window, NodaTime.LocalDate asOf, int organization, int kinds)
        {
            this.index = index;
            this.window = window;
            this.asOf = asOf;
            this.organization = organization;
            this.kinds = kinds;
        }

        /// <summary>The enumerator (for <c>foreach</c>).</summary>
        public Enumerator GetEnumerator() => new(index, window, asOf, index.OrgStart[organization] - 1, index.OrgStart[organization + 1], kinds);

        /// <summary>Steps through the organization's records, stopping at those that qualify.</summary>
        internal struct Enumerator
        {
            private readonly MeetingIndex index;
            private readonly NodaTime.DateInterval window;
            private readonly NodaTime.LocalDate asOf;
            private readonly int end;
            private readonly int kinds;
            private int k;

            internal Enumerator(MeetingIndex index, NodaTime.DateInterval window, NodaTime.LocalDate asOf, int before, int end, int kinds)
            {
                this.index = index;
                this.window = window;
                this.asOf = asOf;
                this.end = end;
                this.kinds = kinds;
                k = before;
            }

            /// <summary>The current record.</summary>
            public int Current => index.ByOrg[k];

            /// <summary>Moves to the next qualifying record.</summary>
            public bool MoveNext()
            {
                while (++k < end)
                {
                    var r = index.ByOrg[k];
                    var date = index.Dates[r];
                    if ((index.Mask[r] & kinds) != 0 && window.Contains(date) && date <= asOf)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>The audit of the profile's enabled requirements, run once per run and shared by the requirement rules.</summary>
    internal static MeetingAudit? Audit(ComplianceContext context)
    {
        var index = Index(context);
        return index is null
            ? null
            : context.GetShared("meetings.audit", c => MeetingAudit.Run(index, c.Profile.EnabledMeetingRequirements(), c.Window, c.AsOf, c.Parameter(MeetingParameters.DueSoonDays), keepAll: false));
    }
}
