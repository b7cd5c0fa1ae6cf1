using System;
using System.Linq;
using CsCheck;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Meetings;
using Xunit;
using static PartyOrg.Domain.Tests.Meetings.MeetingFixture;

namespace PartyOrg.Domain.Tests.Meetings;

/// <summary>
/// The meeting audit's sweep (each organization's records searched on from where the requirement's previous period
/// began) against the plain path (a binary search per period): the same obligations, counts, verdicts and window flags,
/// on generated logs, windows and check dates, with every obligation kept and with only the reportable ones.
/// </summary>
public sealed class MeetingAuditSweepTests
{
    private static readonly MeetingKind[] Kinds =
    {
        MeetingKind.GeneralMeeting, MeetingKind.CommitteeMeeting, MeetingKind.GroupMeeting, MeetingKind.PartyLecture,
        MeetingKind.ThemedPartyDay, MeetingKind.OrganizationalLifeMeeting,
    };

    [Fact]
    public void Sweep_GivesThePlainPathsAudit_OnGeneratedLogs()
    {
        Gen.Select(Gen.Int, Gen.Int[0, 120], Gen.Bool).Sample((seed, count, keepAll) =>
        {
            var random = new Random(seed);
            var tree = Tree(random.Next(2) == 0 ? null : new LocalDate(2026, 1 + random.Next(12), 1 + random.Next(28)));
            var orgs = tree.Organizations.ToArray();
            var members = tree.Members.Select(m => m.Id).ToArray();
            var records = Enumerable.Range(0, count)
                .Select(i => (Org: orgs[random.Next(orgs.Length)], Kind: Kinds[random.Next(Kinds.Length)], Day: new LocalDate(2025, 11, 1).PlusDays(random.Next(500)), i))
                .Where(r => r.Kind.CanBeHeldBy(r.Org.Kind) && (r.Org.EstablishedOn is null || r.Day >= r.Org.EstablishedOn.Value))
                .Select(r => Meeting("r" + r.i, r.Org.Id, r.Day, r.Kind, lecturer: r.Kind == MeetingKind.PartyLecture ? members[random.Next(members.Length)] : null))
                .ToList();
            var log = MeetingLog.Create(tree, records);
            var asOf = new LocalDate(2026, 1, 1).PlusDays(random.Next(420));
            var window = random.Next(3) == 0 ? new DateInterval(new LocalDate(2025, 12, 1), YearEnd) : Year2026;
            var set = Requirements(ComplianceProfile.StateOrgans);
            var index = log.IndexFor(tree);

            var swept = MeetingAudit.Run(index, set, window, asOf, 7, keepAll, sweep: true);
            var plain = MeetingAudit.Run(index, set, window, asOf, 7, keepAll, sweep: false);

            return swept.EntryCount == plain.EntryCount
                && Enumerable.Range(0, plain.EntryCount).All(i => swept.StatusAt(i).ToString() == plain.StatusAt(i).ToString()
                    && swept.StatusAt(i).Count == plain.StatusAt(i).Count && swept.MayReport(i) == plain.MayReport(i)
                    && swept.StatusAt(i).MetInPreferredWindow == plain.StatusAt(i).MetInPreferredWindow);
        }, iter: 150);
    }
}
