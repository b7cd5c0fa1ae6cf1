using System.Globalization;
using PartyOrg.Domain.Meetings;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// Base of the rules that each own one <see cref="MeetingRequirement"/> (kind, scope, frequency, window): the planner
/// reads the very same requirement object. A missed obligation gives the rule's finding; an open obligation in its last
/// days a warning; an obligation met outside its soft window a warning.
/// </summary>
internal abstract class MeetingRequirementRule : Rule
{
    /// <summary>The parameters every requirement rule reads.</summary>
    internal static readonly ParameterKey[] RequirementParameters = { MeetingParameters.Requirements, MeetingParameters.DueSoonDays };

    /// <summary>
    /// The message arguments of the requirement variants, in the order the base passes them: the meeting kind in each
    /// language, the period's last day and the preferred window. A rule with messages of its own declares its arguments
    /// after these (see <see cref="OwnArguments"/>).
    /// </summary>
    internal static readonly string[] Arguments = { "meeting", "meetingEn", "periodEnd", "windowStart", "windowEnd" };

    /// <summary>The messages every requirement rule carries besides its own: an open period near its end, a soft window missed.</summary>
    internal static readonly MessageVariant[] Variants =
    {
        new("due-soon", new LocalizedText(
            "“{subject}”{period}的{meeting}尚未召开（已召开{actual}次，要求{expected}次），该周期于{periodEnd}结束。",
            "\"{subject}\" has not yet held its {meetingEn} for {period} ({actual} held, {expected} required); the period ends on {periodEnd}."), Severity.Warning),
        new("outside-window", new LocalizedText(
            "“{subject}”{period}的{meeting}未在{windowStart}至{windowEnd}期间召开（一般安排在此期间）。",
            "\"{subject}\" held its {meetingEn} for {period} outside {windowStart} to {windowEnd}, when it is held as a rule."), Severity.Warning),
    };

    protected MeetingRequirementRule(RuleDescriptor descriptor, MeetingRequirement requirement)
        : base(descriptor)
    {
        foreach (var v in Variants)
        {
            if (!descriptor.Variants.ContainsKey(v.Name))
            {
                throw new System.ArgumentException($"Meeting rule {descriptor.Id} must declare the requirement variant \"{v.Name}\" (variants: MeetingRequirementRule.Variants).", nameof(descriptor));
            }
        }

        DefaultRequirement = requirement;
    }

    /// <summary>The requirement this rule owns (the profile's <c>meetings.requirements</c> may hold a tuned copy with the same id).</summary>
    internal MeetingRequirement DefaultRequirement { get; }

    public override void Evaluate(ComplianceContext context)
    {
        var audit = MeetingFindings.Audit(context);
        if (audit is null)
        {
            return;
        }

        // Counts are small numbers repeated in tens of thousands of findings: each text made once per run of the rule.
        string[]? expectedTexts = null, actualTexts = null;
        for (var i = 0; i < audit.EntryCount; i++)
        {
            // Only the entries that can give a finding become objects.
            if (!audit.MayReport(i) || audit.RequirementAt(i).RuleId != Descriptor.Id)
            {
                continue;
            }

            var s = audit.StatusAt(i);
            var ob = s.Obligation;

            var expected = Text(ref expectedTexts, ob.MinimumCount, "≥ ");
            var actual = Text(ref actualTexts, s.Count, string.Empty);
            switch (s.State)
            {
                case ObligationState.Missed:
                    context.Report(Descriptor, ob.OrganizationId, ob.OrganizationId, ob.Period, expected, actual, ob.Kind.ChineseName, ob.Kind.EnglishName);
                    break;
                case ObligationState.DueSoon:
                    context.ReportVariant(Descriptor, "due-soon", ob.OrganizationId, ob.OrganizationId, ob.Period, new LocalizedText(expected, expected), new LocalizedText(actual, actual),
                        ob.Kind.ChineseName, ob.Kind.EnglishName, Internal.IsoDate.Format(ob.Period.End));
                    break;
                case ObligationState.Met when s.IsClosed && !s.MetInPreferredWindow:
                    var window = Internal.IsoDate.Format(ob.WindowStart) + "–" + Internal.IsoDate.Format(ob.WindowEnd);
                    context.ReportVariant(Descriptor, "outside-window", ob.OrganizationId, ob.OrganizationId, ob.Period, new LocalizedText(window, window), new LocalizedText(actual, actual),
                        ob.Kind.ChineseName, ob.Kind.EnglishName, Internal.IsoDate.Format(ob.Period.End), Internal.IsoDate.Format(ob.WindowStart), Internal.IsoDate.Format(ob.WindowEnd));
                    break;
            }
        }
    }

    /// <summary>
    /// <paramref name="prefix"/> and <paramref name="value"/> in invariant digits, kept in <paramref name="texts"/> for the
    /// values 0 to 63 (others made each time).
    /// </summary>
    internal static string Text(ref string[]? texts, int value, string prefix)
    {
        if (value < 0 || value >= 64)
        {
            return prefix + value.ToString(CultureInfo.InvariantCulture);
        }

        texts ??= new string[64];
        return texts[value] ??= prefix + value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The message values of a rule's own arguments, placed after the requirement's (which stay empty).</summary>
    protected static object?[] OwnArguments(params object?[] values)
    {
        var all = new object?[Arguments.Length + values.Length];
        values.CopyTo(all, Arguments.Length);
        return all;
    }
}
