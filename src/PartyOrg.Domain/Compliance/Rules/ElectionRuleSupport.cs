using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Compliance;

/// <summary>Shared helpers of the ELEC-* rules: every recorded election tallied once per run.</summary>
internal static class ElectionRuleSupport
{
    internal static IReadOnlyList<TalliedElection>? Tallies(ComplianceContext context)
    {
        var log = context.Input.Elections;
        if (log is null)
        {
            return null;
        }

        return context.GetShared<IReadOnlyList<TalliedElection>>("elections.tallies", c =>
        {
            var list = new List<TalliedElection>();
            foreach (var r in log.Records)
            {
                if (r.Date > c.AsOf || !c.Tree.TryGetOrganization(r.OrganizationId, out var org) || !org!.HasTerm)
                {
                    continue;
                }

                var input = r.Input;
                var computed = -1;
                if (input.Entitled is null)
                {
                    // The committee elects the secretary; a branch without a committee elects them at the 党员大会.
                    computed = input.Office == ElectionOffice.Secretary && input.Assembly == ElectionAssembly.CommitteeMeeting
                        ? VotingRights.EntitledOnCommittee(c.Tree, r.OrganizationId, r.Date)
                        : VotingRights.Entitled(c.Tree, r.OrganizationId, r.Date);
                    if (input.Attended > computed)
                    {
                        list.Add(new TalliedElection(r, null, computed));
                        continue;
                    }

                    input = input.WithEntitled(computed);
                }

                var numbers = c.Parameter(ElectionParameters.Numbers, r.Date);
                list.Add(new TalliedElection(r, ElectionTally.Tally(input, numbers), computed));
            }

            return list;
        });
    }

    /// <summary>Adds a finding with the citations of the rule version applied (not the descriptor's).</summary>
    internal static void Report(ComplianceContext context, RuleDescriptor descriptor, ElectionRecord record, string expected, string actual, IReadOnlyList<Citation> citations, string chinese, string english,
        LocalizedText? expectedText = null, LocalizedText? actualText = null)
    {
        var period = ReportingPeriod.YearOf(record.Date);
        var subject = context.DisplayName(record.Id);
        var args = new object?[] { chinese, english };
        var message = new LocalizedText(
            MessageTemplate.Render(descriptor.MessageFormat.Chinese, subject, expected, actual, period.ToString(), args, descriptor.Arguments),
            MessageTemplate.Render(descriptor.MessageFormat.English, subject, expected, actual, period.ToString(), args, descriptor.Arguments));
        context.Findings.Add(new Finding(descriptor.Id, context.Profile.SeverityOf(descriptor), record.Id, record.OrganizationId, period, expected, actual, citations, message, expectedText, actualText));
    }

    internal static RuleDescriptor Descriptor(string id, string zhTitle, string enTitle, Severity severity, Citation[] citations, SourceConfidence confidence, string zhRemarks, string enRemarks,
        bool readsNumbers = true) =>
        new(id: id, category: RuleCategory.Election, title: new LocalizedText(zhTitle, enTitle),
            messageFormat: new LocalizedText("选举“{subject}”（{period}）：{reason}", "Election \"{subject}\" ({period}): {reasonEn}"),
            arguments: new[] { "reason", "reasonEn" },
            defaultSeverity: severity, citations: citations, confidence: confidence, parameters: readsNumbers ? new ParameterKey[] { ElectionParameters.Numbers } : null, remarks: new LocalizedText(zhRemarks, enRemarks));

    internal static RuleDescriptor Soft(RuleDescriptor hard) =>
        new(id: hard.Id, category: hard.Category, title: hard.Title, messageFormat: hard.MessageFormat, defaultSeverity: Severity.Warning, citations: hard.Citations, confidence: hard.Confidence, arguments: hard.Arguments);
}
