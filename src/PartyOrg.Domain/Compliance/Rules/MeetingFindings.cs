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
    internal static HeldRecords HeldBy(this MeetingIndex index, ComplianceContext context, int organization, int kinds)
    {
        var window = context.Window;
        var last = window.End < context.AsOf ? window.End : context.AsOf;
        return new(index, MeetingIndex.DayKey(window.Start), MeetingIndex.DayKey(last), organization, kinds);
    }

    internal readonly struct HeldRecords
    {
        private readonly MeetingIndex index;
        private readonly int first;
        private readonly int last;
        private readonly int organization;
        private readonly int kinds;

        internal HeldRecords(MeetingIndex index, int first, int last, int organization, int kinds)
        {
            this.index = index;
            this.first = first;
            this.last = last;
            this.organization = organization;
            this.kinds = kinds;
        }

        public Enumerator GetEnumerator() => new(index, first, last, index.OrgStart[organization] - 1, index.OrgStart[organization + 1], kinds);

        internal struct Enumerator
        {
            private readonly int[] byOrg;
            private readonly int[] days;
            private readonly int[] mask;
            private readonly int first;
            private readonly int last;
            private readonly int end;
            private readonly int kinds;
            private int k;

            internal Enumerator(MeetingIndex index, int first, int last, int before, int end, int kinds)
            {
                byOrg = index.ByOrg;
                days = index.Days;
                mask = index.Mask;
                this.first = first;
                this.last = last;
                this.end = end;
                this.kinds = kinds;
                k = before;
            }

            public int Current => byOrg[k];

            public bool MoveNext()
            {
                while (++k < end)
                {
                    var r = byOrg[k];
                    var day = days[r];
                    if ((mask[r] & kinds) != 0 && day >= first && day <= last)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    internal static MeetingAudit? Audit(ComplianceContext context)
    {
        var index = Index(context);
        return index is null
            ? null
            : context.GetShared("meetings.audit", c => MeetingAudit.Run(index, c.Profile.EnabledMeetingRequirements(), c.Window, c.AsOf, c.Parameter(MeetingParameters.DueSoonDays), keepAll: false));
    }
}
