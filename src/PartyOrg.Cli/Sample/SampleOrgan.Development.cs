using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Development;

namespace PartyOrg.Cli.Sample;

/// <summary>
/// The sample's applicants (发展党员) at four stages, with two deliberate problems: s-3's talk came more than a month
/// after the application (DEV-TALK-WITHIN-1M), and s-4's admission, adopted on 2026-05-28, is still not approved after
/// three months (DEV-APPROVAL-3M, a warning until six months).
/// </summary>
public static partial class SampleOrgan
{
    /// <summary>The development records of the sample.</summary>
    /// <returns>The applicants.</returns>
    public static Applicant[] Applicants() => new[]
    {
        new Applicant("s-1", "林晓", "b-1", new LocalDate(2000, 8, 16), new LocalDate(2026, 10, 20), new LocalDate(2026, 11, 5)),
        new Applicant("s-2", "何静", "b-2", new LocalDate(1997, 2, 3), new LocalDate(2025, 6, 9), new LocalDate(2025, 6, 30), new LocalDate(2025, 9, 15),
            new[] { "m-014", "m-015" }, new[] { new LocalDate(2026, 3, 10), new LocalDate(2026, 9, 8) }),
        new Applicant("s-3", "高远", "b-4", new LocalDate(1994, 11, 21), new LocalDate(2024, 11, 4), new LocalDate(2024, 12, 20), new LocalDate(2025, 5, 20),
            new[] { "m-023", "m-024" }, new[] { new LocalDate(2025, 11, 12), new LocalDate(2026, 5, 10) }, new LocalDate(2026, 6, 1), new[] { "m-023", "m-024" },
            new DevelopmentCheck(new LocalDate(2026, 9, 25), true), new CandidateTraining(3, 24m), new DevelopmentCheck(new LocalDate(2026, 10, 30), true),
            publicNotices: new[] { new PublicNotice(NoticeStage.Candidate, new LocalDate(2026, 11, 2), new LocalDate(2026, 11, 6)) }),
        new Applicant("s-4", "宋宁", "b-7", new LocalDate(1992, 7, 7), new LocalDate(2024, 3, 11), new LocalDate(2024, 3, 28), new LocalDate(2024, 5, 15),
            new[] { "m-089", "m-091" }, new[] { new LocalDate(2024, 11, 6), new LocalDate(2025, 5, 6) }, new LocalDate(2025, 5, 20), new[] { "m-089", "m-091" },
            new DevelopmentCheck(new LocalDate(2026, 4, 24), true), new CandidateTraining(4, 32m), new DevelopmentCheck(new LocalDate(2026, 5, 12), true),
            publicNotices: new[] { new PublicNotice(NoticeStage.Candidate, new LocalDate(2026, 5, 14), new LocalDate(2026, 5, 20)) },
            admission: new BranchVote(new LocalDate(2026, 5, 28), null, 18, 17, 1), higherTalk: new LocalDate(2026, 6, 20)),
    };

    static partial void AddDevelopment(ref ComplianceInput input) =>
        input = input.WithDevelopment(DevelopmentLog.Create(input.Tree, Applicants()));
}
