using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace PartyOrg.Domain.Json.Contracts;

/// <summary>检查报告 — the output of <c>partyorg check --format json</c>.</summary>
public sealed class CheckReportContract
{
    /// <summary>The "as of" date used.</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>Where the date came from: <c>option</c> (<c>--as-of</c>), <c>document</c> or <c>clock</c> (today in China Standard Time); null when not said.</summary>
    public string? AsOfSource { get; init; }

    /// <summary>The profile used.</summary>
    public string Profile { get; init; } = string.Empty;

    /// <summary>The audit window.</summary>
    public WindowContract? Window { get; init; }

    /// <summary>The findings, sorted by subject, rule id, then period.</summary>
    public IReadOnlyList<FindingContract> Findings { get; init; } = new FindingContract[0];

    /// <summary>Counts.</summary>
    public SummaryContract Summary { get; init; } = new();
}

/// <summary>An audit window (both days inclusive).</summary>
public sealed class WindowContract
{
    /// <summary>The first day.</summary>
    public LocalDate From { get; init; }

    /// <summary>The last day.</summary>
    public LocalDate To { get; init; }
}

/// <summary>检查发现 — one finding.</summary>
public sealed class FindingContract
{
    /// <summary>The rule id (catalogue key), e.g. <c>ORG-BRANCH-MIN-MEMBERS</c>.</summary>
    public string RuleId { get; init; } = string.Empty;

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string Severity { get; init; } = string.Empty;

    /// <summary>The id of what the finding is about (organization, member, meeting, term or election).</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>The organization the finding counts against in roll-ups, or null (always written).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Organization { get; init; }

    /// <summary>The period, e.g. <c>2026-Q1</c>, or null for a standing condition (always written).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Period { get; init; }

    /// <summary>What the rule requires.</summary>
    public string Expected { get; init; } = string.Empty;

    /// <summary>What was found.</summary>
    public string Actual { get; init; } = string.Empty;

    /// <summary>The articles enforced.</summary>
    public IReadOnlyList<CitationContract> Citations { get; init; } = new CitationContract[0];

    /// <summary>The message in zh-CN and en.</summary>
    public TextContract Message { get; init; } = new();
}

/// <summary>条款引用 — a citation.</summary>
public sealed class CitationContract
{
    /// <summary>The regulation key, e.g. <c>branch-work-regulations-2018</c>.</summary>
    public string Regulation { get; init; } = string.Empty;

    /// <summary>The article in Chinese, e.g. 第二十条, or null when the whole document is cited.</summary>
    public string? Article { get; init; }

    /// <summary>The article number, or null.</summary>
    public int? ArticleNumber { get; init; }

    /// <summary>The paragraph (款), or null.</summary>
    public int? Paragraph { get; init; }

    /// <summary>The item (项), or null.</summary>
    public int? Item { get; init; }

    /// <summary>False when the article number is unconfirmed (MEMORY).</summary>
    public bool ArticleConfirmed { get; init; } = true;

    /// <summary>The rendered citation in zh-CN and en.</summary>
    public TextContract Text { get; init; } = new();
}

/// <summary>A text in zh-CN and en (JSON keys <c>zh-CN</c> and <c>en</c>).</summary>
public sealed class TextContract
{
    /// <summary>The Simplified Chinese text.</summary>
    [JsonPropertyName("zh-CN")]
    public string Chinese { get; init; } = string.Empty;

    /// <summary>The English text.</summary>
    [JsonPropertyName("en")]
    public string English { get; init; } = string.Empty;
}

/// <summary>Counts of a report.</summary>
public sealed class SummaryContract
{
    /// <summary>The number of organizations checked.</summary>
    public int Organizations { get; init; }

    /// <summary>Error findings.</summary>
    public int Errors { get; init; }

    /// <summary>Warning findings.</summary>
    public int Warnings { get; init; }

    /// <summary>Info findings.</summary>
    public int Infos { get; init; }
}

/// <summary>任期报告 — the output of <c>partyorg terms --format json</c>.</summary>
public sealed class TermsReportContract
{
    /// <summary>The "as of" date used.</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>One entry per elected or non-elected organization.</summary>
    public IReadOnlyList<TermStatusContract> Terms { get; init; } = new TermStatusContract[0];

    /// <summary>Elected bodies without a recorded term (TERM-VACANCY reports them), in tree order.</summary>
    public IReadOnlyList<string> Unrecorded { get; init; } = new string[0];

    /// <summary>The term findings (TERM-*), as in <c>check</c>.</summary>
    public IReadOnlyList<FindingContract> Findings { get; init; } = new FindingContract[0];
}

/// <summary>The state of one organization's term.</summary>
public sealed class TermStatusContract
{
    /// <summary>The organization.</summary>
    public string Organization { get; init; } = string.Empty;

    /// <summary>The start of the current term, or null (<c>no-term</c>).</summary>
    public LocalDate? Start { get; init; }

    /// <summary>The length in years, or null.</summary>
    public int? Years { get; init; }

    /// <summary>届满 — the expiry, or null.</summary>
    public LocalDate? Expiry { get; init; }

    /// <summary>换届提醒 — when the higher organization reminds, or null.</summary>
    public LocalDate? ReminderDue { get; init; }

    /// <summary>换届请示 — when the election request is due, or null.</summary>
    public LocalDate? RequestDue { get; init; }

    /// <summary>选举结果报告 — when the election report is due, or null.</summary>
    public LocalDate? ReportDue { get; init; }

    /// <summary><c>current</c>, <c>due-soon</c>, <c>due</c>, <c>overdue</c>, <c>postponed</c>, <c>overdue-after-postponement</c> or <c>no-term</c>.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The adjustment, or null (always written).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public TermAdjustmentContract? Adjustment { get; init; }

    /// <summary>换届选举 — when the election is due (the expiry, or the approved adjusted date), or null.</summary>
    public LocalDate? ElectionDue { get; init; }

    /// <summary>True when <see cref="Years"/> came from the profile (the document gave none), or null.</summary>
    public bool? YearsFromProfile { get; init; }
}

/// <summary>选举计票 — the output of <c>partyorg elect --format json</c>.</summary>
public sealed class ElectReportContract
{
    /// <summary>One result per election, in input order.</summary>
    public IReadOnlyList<ElectionResultContract> Elections { get; init; } = new ElectionResultContract[0];
}

/// <summary>The outcome of one election.</summary>
public sealed class ElectionResultContract
{
    /// <summary>The election id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The organization.</summary>
    public string Organization { get; init; } = string.Empty;

    /// <summary>Whether enough entitled members were present (ELEC-QUORUM-4-5).</summary>
    public bool Quorate { get; init; }

    /// <summary>Whether the ballots returned are at most those issued and the voters.</summary>
    public bool BallotsValid { get; init; }

    /// <summary>Whether there were enough candidates (差额).</summary>
    public bool EnoughCandidates { get; init; }

    /// <summary>The elected member ids, by votes (ties in input order).</summary>
    public IReadOnlyList<string> Elected { get; init; } = new string[0];

    /// <summary>The ids tied for the last seat (left unfilled).</summary>
    public IReadOnlyList<string> TiedForLastSeat { get; init; } = new string[0];

    /// <summary>Seats still to fill, the tied seat included.</summary>
    public int Shortfall { get; init; }

    /// <summary>The winning threshold.</summary>
    public ThresholdContract Threshold { get; init; } = new();

    /// <summary>Why: one entry per check.</summary>
    public IReadOnlyList<ReasonContract> Reasons { get; init; } = new ReasonContract[0];
}

/// <summary>The winning threshold of an election.</summary>
public sealed class ThresholdContract
{
    /// <summary>Members entitled to vote.</summary>
    public int Entitled { get; init; }

    /// <summary>The smallest whole number of for-votes that wins.</summary>
    public int VotesNeeded { get; init; }
}

/// <summary>One check of an election tally.</summary>
public sealed class ReasonContract
{
    /// <summary>The rule id.</summary>
    public string RuleId { get; init; } = string.Empty;

    /// <summary>Whether it passed.</summary>
    public bool Passed { get; init; }

    /// <summary>What the rule requires.</summary>
    public string Expected { get; init; } = string.Empty;

    /// <summary>What was found.</summary>
    public string Actual { get; init; } = string.Empty;

    /// <summary>The articles.</summary>
    public IReadOnlyList<CitationContract> Citations { get; init; } = new CitationContract[0];

    /// <summary>The explanation in zh-CN and en.</summary>
    public TextContract? Message { get; init; }

    /// <summary>True for a soft check (a failure is a warning, not an invalid election).</summary>
    public bool IsSoft { get; init; }
}

/// <summary>日程 — the output of <c>partyorg calendar --format json</c>: meeting obligations and 换届 milestones.</summary>
public sealed class CalendarContract
{
    /// <summary>The first day of the range.</summary>
    public LocalDate From { get; init; }

    /// <summary>The last day of the range.</summary>
    public LocalDate To { get; init; }

    /// <summary>The "as of" date used for the term calendar.</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>The profile whose requirements were planned.</summary>
    public string Profile { get; init; } = string.Empty;

    /// <summary>The events, sorted by start, organization, then uid.</summary>
    public IReadOnlyList<CalendarEventContract> Events { get; init; } = new CalendarEventContract[0];
}

/// <summary>One calendar event: a meeting obligation (a window with a due date) or a term milestone (one day).</summary>
public sealed class CalendarEventContract
{
    /// <summary>A stable id (the same input gives the same uid), also the iCalendar UID.</summary>
    public string Uid { get; init; } = string.Empty;

    /// <summary><c>meeting</c> or <c>term</c>.</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>For a meeting: the meeting kind (e.g. <c>general-meeting</c>); for a term: <c>reminder</c>, <c>request</c>, <c>election</c> or <c>report</c>.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>The organization.</summary>
    public string Organization { get; init; } = string.Empty;

    /// <summary>The rule the event serves, or null.</summary>
    public string? RuleId { get; init; }

    /// <summary>The period of a meeting obligation, e.g. <c>2026-Q1</c>, or null.</summary>
    public string? Period { get; init; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; init; }

    /// <summary>The last day (inclusive).</summary>
    public LocalDate End { get; init; }

    /// <summary>The day by which it is due.</summary>
    public LocalDate Due { get; init; }

    /// <summary>For a meeting obligation: how many meetings at least, or null.</summary>
    public int? MinimumCount { get; init; }

    /// <summary>The title in zh-CN and en.</summary>
    public TextContract Title { get; init; } = new();
}

/// <summary>规则目录 — the output of <c>partyorg rules --format json</c>.</summary>
public sealed class RuleCatalogueContract
{
    /// <summary>The profile.</summary>
    public string Profile { get; init; } = string.Empty;

    /// <summary>The rules, in profile order.</summary>
    public IReadOnlyList<RuleContract> Rules { get; init; } = new RuleContract[0];
}

/// <summary>One rule of the catalogue.</summary>
public sealed class RuleContract
{
    /// <summary>The rule id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The area, kebab-case (e.g. <c>organization</c>, <c>meeting</c>).</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>The severity in this profile.</summary>
    public string Severity { get; init; } = string.Empty;

    /// <summary>Whether the rule runs in this profile.</summary>
    public bool Enabled { get; init; }

    /// <summary>Whether the rule is in this profile at all (opt-in rules of the catalogue are listed with false).</summary>
    public bool InProfile { get; init; } = true;

    /// <summary>The repository path of the rule's source file (one rule per file), or null for an application's rule.</summary>
    public string? SourceFile { get; init; }

    /// <summary>The message format with its placeholders, in zh-CN and en.</summary>
    public TextContract? Message { get; init; }

    /// <summary><c>verified-full-text</c>, <c>verified-excerpt</c>, <c>verified-secondary</c> or <c>memory</c>.</summary>
    public string Confidence { get; init; } = string.Empty;

    /// <summary>True for a local rule.</summary>
    public bool IsLocal { get; init; }

    /// <summary>The first day in force, or null.</summary>
    public LocalDate? InForceFrom { get; init; }

    /// <summary>The first day no longer in force, or null.</summary>
    public LocalDate? InForceUntil { get; init; }

    /// <summary>The title.</summary>
    public TextContract Title { get; init; } = new();

    /// <summary>The articles.</summary>
    public IReadOnlyList<CitationContract> Citations { get; init; } = new CitationContract[0];

    /// <summary>The profile parameters the rule reads, with this profile's values.</summary>
    public IReadOnlyList<ParameterContract> Parameters { get; init; } = new ParameterContract[0];

    /// <summary>A note, or null.</summary>
    public TextContract? Remarks { get; init; }
}

/// <summary>A profile parameter and its value.</summary>
public sealed class ParameterContract
{
    /// <summary>The stable name, e.g. <c>branch.min-full-members</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The value as rendered for docs, or null when the profile does not set it.</summary>
    public string? Value { get; init; }

    /// <summary>What it means.</summary>
    public TextContract Description { get; init; } = new();

    /// <summary>Where the value comes from: <c>national</c>, <c>local</c> or <c>library-default</c>; null when the profile does not set it.</summary>
    public string? Basis { get; init; }

    /// <summary>The articles the value rests on.</summary>
    public IReadOnlyList<CitationContract> Citations { get; init; } = new CitationContract[0];

    /// <summary>The local document of an overlay that set the value, e.g. "京组通〔2017〕46号 (2017-06-01)", or null.</summary>
    public string? Authority { get; init; }

    /// <summary>The value an overlay replaced, or null.</summary>
    public string? Overrides { get; init; }

    /// <summary>The first day the value applies, or null.</summary>
    public LocalDate? InForceFrom { get; init; }

    /// <summary>The first day the value no longer applies (a later version replaces it), or null.</summary>
    public LocalDate? InForceUntil { get; init; }

    /// <summary>Every dated version of the parameter, oldest first, when it has more than one; null otherwise.</summary>
    public IReadOnlyList<ParameterVersionContract>? Versions { get; init; }
}

/// <summary>One dated version of a parameter: its value, days in force and provenance.</summary>
public sealed class ParameterVersionContract
{
    /// <summary>The value as rendered for docs.</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>The first day it applies, or null (from the start).</summary>
    public LocalDate? InForceFrom { get; init; }

    /// <summary>The first day it no longer applies, or null.</summary>
    public LocalDate? InForceUntil { get; init; }

    /// <summary><c>national</c>, <c>local</c> or <c>library-default</c>.</summary>
    public string Basis { get; init; } = string.Empty;

    /// <summary>The articles it rests on.</summary>
    public IReadOnlyList<CitationContract> Citations { get; init; } = new CitationContract[0];

    /// <summary>The local document that set it, or null.</summary>
    public string? Authority { get; init; }
}
