using System;
using System.Globalization;
using NodaTime;

namespace PartyOrg.Domain.Development;

/// <summary>
/// 发展党员时限 — the intervals of the member's path that the development rules and the
/// <see cref="DevelopmentPlanner"/> both read: the least age, the talk after an application, the activist's reviews and
/// least period, the approval of an admission and of a conversion, the probation and the bounds of its extension, and
/// the months after the admission meeting within which leaving the unit matters. <see cref="National"/> holds the
/// numbers of the Constitution (2017) and the Detailed Rules on Recruitment (2014); a local profile can replace the
/// value (parameter <c>development.intervals</c>), and every message and milestone follows it. Months are calendar
/// months added with the day kept (clamped to the month's end), as NodaTime's <c>PlusMonths</c> does.
/// </summary>
/// <remarks>An immutable value: the <c>With…</c> methods return a changed copy.</remarks>
public sealed class DevelopmentIntervals
{
    /// <summary>The longest interval accepted, in months (ten years): larger values are not a regulation's.</summary>
    public const int MaximumMonths = 120;

    /// <summary>Creates the intervals.</summary>
    /// <param name="minimumAge">The least age in years on the application date (党章 Art. 1: 18).</param>
    /// <param name="talkMonths">The months after an application within which the organisation talks with the applicant (1).</param>
    /// <param name="reviewMonths">The longest gap in months between an activist's reviews (半年: 6).</param>
    /// <param name="activistMonths">The least months from the designation as activist to the listing as candidate (一年以上: 12).</param>
    /// <param name="approvalMonths">The months after the admission meeting within which the committee approves (3).</param>
    /// <param name="approvalLimitMonths">The months the approval may never exceed (6).</param>
    /// <param name="conversionApprovalMonths">The months after the conversion meeting within which the committee approves (3).</param>
    /// <param name="probationMonths">The probation in months (党章 Art. 7: one year, 12).</param>
    /// <param name="extensionMinimumMonths">The least extension of probation in months (不能少于半年: 6).</param>
    /// <param name="extensionMaximumMonths">The longest extension of probation in months (最长不超过一年: 12).</param>
    /// <param name="leavingMonths">The months after the admission meeting within which leaving the unit is reported (3).</param>
    /// <exception cref="ArgumentOutOfRangeException">An age outside 14–30, or a number of months outside 1–<see cref="MaximumMonths"/>, naming the parameter.</exception>
    /// <exception cref="ArgumentException">The approval limit is shorter than the approval period, or the longest extension shorter than the least.</exception>
    public DevelopmentIntervals(
        int minimumAge,
        int talkMonths,
        int reviewMonths,
        int activistMonths,
        int approvalMonths,
        int approvalLimitMonths,
        int conversionApprovalMonths,
        int probationMonths,
        int extensionMinimumMonths,
        int extensionMaximumMonths,
        int leavingMonths)
    {
        if (minimumAge is < 14 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumAge), minimumAge, "The least age must be within 14–30 years.");
        }

        MinimumAge = minimumAge;
        TalkMonths = Months(talkMonths, nameof(talkMonths));
        ReviewMonths = Months(reviewMonths, nameof(reviewMonths));
        ActivistMonths = Months(activistMonths, nameof(activistMonths));
        ApprovalMonths = Months(approvalMonths, nameof(approvalMonths));
        ApprovalLimitMonths = Months(approvalLimitMonths, nameof(approvalLimitMonths));
        if (approvalLimitMonths < approvalMonths)
        {
            throw new ArgumentException($"The approval limit ({approvalLimitMonths} months) must not be shorter than the approval period ({approvalMonths} months).", nameof(approvalLimitMonths));
        }

        ConversionApprovalMonths = Months(conversionApprovalMonths, nameof(conversionApprovalMonths));
        ProbationMonths = Months(probationMonths, nameof(probationMonths));
        ExtensionMinimumMonths = Months(extensionMinimumMonths, nameof(extensionMinimumMonths));
        ExtensionMaximumMonths = Months(extensionMaximumMonths, nameof(extensionMaximumMonths));
        if (extensionMaximumMonths < extensionMinimumMonths)
        {
            throw new ArgumentException($"The longest extension ({extensionMaximumMonths} months) must not be shorter than the least ({extensionMinimumMonths} months).", nameof(extensionMaximumMonths));
        }

        LeavingMonths = Months(leavingMonths, nameof(leavingMonths));
    }

    /// <summary>The national intervals: 18 years; 1, 6, 12, 3, 6, 3 and 12 months; an extension of 6 to 12 months; 3 months.</summary>
    public static DevelopmentIntervals National { get; } = new(18, 1, 6, 12, 3, 6, 3, 12, 6, 12, 3);

    /// <summary>The least age in years on the application date.</summary>
    public int MinimumAge { get; }

    /// <summary>The months after an application within which the organisation talks with the applicant.</summary>
    public int TalkMonths { get; }

    /// <summary>The longest gap in months between an activist's reviews.</summary>
    public int ReviewMonths { get; }

    /// <summary>The least months from the designation as activist to the listing as candidate.</summary>
    public int ActivistMonths { get; }

    /// <summary>The months after the admission meeting within which the committee approves.</summary>
    public int ApprovalMonths { get; }

    /// <summary>The months after the admission meeting the approval may never exceed.</summary>
    public int ApprovalLimitMonths { get; }

    /// <summary>The months after the conversion meeting within which the committee approves.</summary>
    public int ConversionApprovalMonths { get; }

    /// <summary>The probation in months.</summary>
    public int ProbationMonths { get; }

    /// <summary>The least extension of probation in months.</summary>
    public int ExtensionMinimumMonths { get; }

    /// <summary>The longest extension of probation in months.</summary>
    public int ExtensionMaximumMonths { get; }

    /// <summary>The months after the admission meeting within which leaving the unit is reported.</summary>
    public int LeavingMonths { get; }

    /// <summary>A copy with another least age.</summary>
    /// <param name="years">The least age in years.</param>
    /// <returns>The changed copy.</returns>
    public DevelopmentIntervals WithMinimumAge(int years) => With(minimumAge: years);

    /// <summary>A copy with another talk period.</summary>
    /// <param name="months">The months.</param>
    /// <returns>The changed copy.</returns>
    public DevelopmentIntervals WithTalkMonths(int months) => With(talkMonths: months);

    /// <summary>A copy with another review interval.</summary>
    /// <param name="months">The months.</param>
    /// <returns>The changed copy.</returns>
    public DevelopmentIntervals WithReviewMonths(int months) => With(reviewMonths: months);

    /// <summary>A copy with another least activist period.</summary>
    /// <param name="months">The months.</param>
    /// <returns>The changed copy.</returns>
    public DevelopmentIntervals WithActivistMonths(int months) => With(activistMonths: months);

    /// <summary>A copy with another approval period and limit.</summary>
    /// <param name="months">The months within which the committee approves.</param>
    /// <param name="limitMonths">The months never to be exceeded.</param>
    /// <returns>The changed copy.</returns>
    public DevelopmentIntervals WithApprovalMonths(int months, int limitMonths) => With(approvalMonths: months, approvalLimitMonths: limitMonths);

    /// <summary>A copy with another conversion approval period.</summary>
    /// <param name="months">The months.</param>
    /// <returns>The changed copy.</returns>
    public DevelopmentIntervals WithConversionApprovalMonths(int months) => With(conversionApprovalMonths: months);

    /// <summary>A copy with another probation and extension bounds.</summary>
    /// <param name="months">The probation in months.</param>
    /// <param name="extensionMinimumMonths">The least extension in months.</param>
    /// <param name="extensionMaximumMonths">The longest extension in months.</param>
    /// <returns>The changed copy.</returns>
    public DevelopmentIntervals WithProbation(int months, int extensionMinimumMonths, int extensionMaximumMonths) =>
        With(probationMonths: months, extensionMinimumMonths: extensionMinimumMonths, extensionMaximumMonths: extensionMaximumMonths);

    /// <summary>A copy with another leaving period.</summary>
    /// <param name="months">The months.</param>
    /// <returns>The changed copy.</returns>
    public DevelopmentIntervals WithLeavingMonths(int months) => With(leavingMonths: months);

    /// <summary>A number of months in words, in zh-CN and en: "1年" / "1 year" for whole years, else "3个月" / "3 months".</summary>
    /// <param name="months">The months.</param>
    /// <returns>The text.</returns>
    public static LocalizedText Describe(int months)
    {
        if (months != 0 && months % 12 == 0)
        {
            var years = months / 12;
            return new LocalizedText(Text(years) + "年", Text(years) + (years == 1 ? " year" : " years"));
        }

        return new LocalizedText(Text(months) + "个月", Text(months) + (months == 1 ? " month" : " months"));
    }

    /// <summary>The intervals on one line, e.g. <c>age 18; talk 1; review 6; activist 12; approval 3–6; conversion 3; probation 12 (+6–12); leaving 3 (months)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "age {0}; talk {1}; review {2}; activist {3}; approval {4}–{5}; conversion {6}; probation {7} (+{8}–{9}); leaving {10} (months)",
        MinimumAge, TalkMonths, ReviewMonths, ActivistMonths, ApprovalMonths, ApprovalLimitMonths, ConversionApprovalMonths, ProbationMonths, ExtensionMinimumMonths, ExtensionMaximumMonths, LeavingMonths);

    /// <summary>The intervals in words, in zh-CN and en (the English is <see cref="ToString"/>).</summary>
    /// <returns>The text.</returns>
    public LocalizedText ToText() => new(
        string.Format(
            CultureInfo.InvariantCulture,
            "年满{0}周岁；谈话{1}个月内；考察间隔不超过{2}个月；培养{3}个月以上；审批{4}个月内、最长{5}个月；转正审批{6}个月内；预备期{7}个月（可延长{8}至{9}个月）；接收后{10}个月内离开单位须报告",
            MinimumAge, TalkMonths, ReviewMonths, ActivistMonths, ApprovalMonths, ApprovalLimitMonths, ConversionApprovalMonths, ProbationMonths, ExtensionMinimumMonths, ExtensionMaximumMonths, LeavingMonths),
        ToString());

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Months(int value, string name) =>
        value is >= 1 and <= MaximumMonths ? value : throw new ArgumentOutOfRangeException(name, value, $"The months must be within 1–{MaximumMonths}.");

    private DevelopmentIntervals With(
        int? minimumAge = null,
        int? talkMonths = null,
        int? reviewMonths = null,
        int? activistMonths = null,
        int? approvalMonths = null,
        int? approvalLimitMonths = null,
        int? conversionApprovalMonths = null,
        int? probationMonths = null,
        int? extensionMinimumMonths = null,
        int? extensionMaximumMonths = null,
        int? leavingMonths = null) => new(
        minimumAge ?? MinimumAge,
        talkMonths ?? TalkMonths,
        reviewMonths ?? ReviewMonths,
        activistMonths ?? ActivistMonths,
        approvalMonths ?? ApprovalMonths,
        approvalLimitMonths ?? ApprovalLimitMonths,
        conversionApprovalMonths ?? ConversionApprovalMonths,
        probationMonths ?? ProbationMonths,
        extensionMinimumMonths ?? ExtensionMinimumMonths,
        extensionMaximumMonths ?? ExtensionMaximumMonths,
        leavingMonths ?? LeavingMonths);
}
