using System;
using System.Collections.Generic;
using System.Linq;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Domain.Json;

/// <content>Terms and election outputs.</content>
public static partial class ReportContracts
{
    /// <summary>The output of <c>terms</c>: one entry per elected body with a recorded term and per body that is not elected, with the term findings.</summary>
    /// <param name="calendar">The term calendar.</param>
    /// <param name="findings">The TERM-* findings of the same date.</param>
    /// <returns>The contract.</returns>
    public static TermsReportContract FromTermCalendar(TermCalendar calendar, IEnumerable<Finding> findings)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        var terms = calendar.Entries.Select(e => new TermStatusContract
        {
            Organization = e.OrganizationId,
            Start = e.Term.Start,
            Years = e.Years,
            Expiry = e.Expiry,
            ReminderDue = e.ReminderDue,
            RequestDue = e.RequestDue,
            ReportDue = e.ReportDue,
            Status = e.Status.Name,
            Adjustment = PartyOrgDocumentWriter.ToContract(e.Adjustment),
            ElectionDue = e.ElectionDue,
            YearsFromProfile = e.YearsFromPolicy,
        }).Concat(calendar.NotElected.Select(id => new TermStatusContract { Organization = id, Status = TermStatus.NoTerm.Name }))
            .OrderBy(t => t.Organization, StringComparer.Ordinal)
            .ToArray();
        return new TermsReportContract
        {
            AsOf = calendar.AsOf,
            Terms = terms,
            Unrecorded = calendar.Unrecorded.ToArray(),
            Findings = (findings ?? throw new ArgumentNullException(nameof(findings))).Select(FromFinding).ToArray(),
        };
    }

    /// <summary>The result of one election tally.</summary>
    /// <param name="record">The election.</param>
    /// <param name="outcome">Its tally.</param>
    /// <returns>The contract.</returns>
    public static ElectionResultContract FromOutcome(ElectionRecord record, ElectionOutcome outcome)
    {
        if (record is null || outcome is null)
        {
            throw new ArgumentNullException(record is null ? nameof(record) : nameof(outcome));
        }

        return new ElectionResultContract
        {
            Id = record.Id,
            Organization = record.OrganizationId,
            Quorate = outcome.Quorate,
            BallotsValid = outcome.BallotsValid,
            EnoughCandidates = outcome.EnoughCandidates,
            Elected = outcome.Elected.ToArray(),
            TiedForLastSeat = outcome.TiedForLastSeat.ToArray(),
            Shortfall = outcome.Shortfall,
            Threshold = new ThresholdContract { Entitled = outcome.Threshold.Entitled, VotesNeeded = outcome.Threshold.VotesNeeded },
            Reasons = outcome.Explain().Select(r => new ReasonContract
            {
                RuleId = r.RuleId,
                Passed = r.Passed,
                Expected = r.Expected,
                Actual = r.Actual,
                Citations = r.Citations.Select(FromCitation).ToArray(),
                Message = new TextContract { Chinese = r.Chinese, English = r.English },
                IsSoft = r.IsSoft,
            }).ToArray(),
        };
    }
}
