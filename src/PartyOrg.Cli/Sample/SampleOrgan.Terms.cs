using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Cli.Sample;

/// <summary>The sample organ's terms of office and its recorded election.</summary>
public static partial class SampleOrgan
{
    /// <summary>The sample organ's terms (as of 2026-11-22: one body due, two due soon, one postponed with approval, one overdue after an unapproved postponement, one overdue since 2024, and a 2016 term with its legacy length).</summary>
    /// <param name="tree">The tree the terms belong to.</param>
    /// <returns>The terms.</returns>
    public static TermSet BuildTerms(PartyOrg.Domain.Organizations.OrganizationTree tree) => TermSet.Create(tree, new[]
    {
        // 机关党委: the 2016 term recorded as 5 years (the pre-2017 Constitution allowed 3–5); the current term expired 2026-11-20.
        new Term("oc-drc", new LocalDate(2016, 11, 25), 5),
        new Term("oc-drc", new LocalDate(2021, 11, 20)),

        // 综合业务党总支: postponed with the 机关党委's approval.
        new Term("gb-1", new LocalDate(2023, 5, 10), adjustment: new TermAdjustment(
            TermAdjustmentKind.Postpone, new LocalDate(2026, 12, 20), "oc-drc", new LocalDate(2026, 4, 20))),

        // 项目投资党总支: three terms, each renewed on time.
        new Term("gb-2", new LocalDate(2019, 9, 6)),
        new Term("gb-2", new LocalDate(2022, 9, 5)),
        new Term("gb-2", new LocalDate(2025, 9, 3)),

        // 办公室党支部: elected 2024-03-15 (election e-1), due soon.
        new Term("b-1", new LocalDate(2024, 3, 15)),
        new Term("b-2", new LocalDate(2023, 12, 1)),

        // 价格处党支部: expired 2025-06-01, postponed by its own decision (not approved) for 19 months.
        new Term("b-3", new LocalDate(2022, 6, 1), adjustment: new TermAdjustment(TermAdjustmentKind.Postpone, new LocalDate(2026, 12, 31))),

        // 投资处党支部: re-elected four days before expiry (on time).
        new Term("b-4", new LocalDate(2023, 1, 16)),
        new Term("b-4", new LocalDate(2026, 1, 12)),
        new Term("b-5", new LocalDate(2025, 4, 1)),

        // 离退休干部党支部: the 2016 and early-2018 terms keep the legacy 2-year length; the 2021 term (3 years) is overdue.
        new Term("b-6", new LocalDate(2016, 3, 4)),
        new Term("b-6", new LocalDate(2018, 3, 2)),
        new Term("b-6", new LocalDate(2021, 3, 1)),

        new Term("b-7", new LocalDate(2024, 9, 20)),
    });

    /// <summary>Election e-1: 办公室党支部's 2024-03-15 general election (5 seats, 6 candidates, entitled computed from the members).</summary>
    /// <param name="tree">The tree the election belongs to.</param>
    /// <returns>The election log.</returns>
    public static ElectionLog BuildElections(PartyOrg.Domain.Organizations.OrganizationTree tree) => ElectionLog.Create(tree, new[]
    {
        new ElectionRecord(
            "e-1",
            "b-1",
            new ElectionInput(
                new LocalDate(2024, 3, 15),
                seats: 5,
                candidates: new[]
                {
                    new CandidateVotes("m-005", 11),
                    new CandidateVotes("m-006", 10, 1),
                    new CandidateVotes("m-007", 9, 1, 1),
                    new CandidateVotes("m-008", 9, 2),
                    new CandidateVotes("m-009", 8, 2, 1),
                    new CandidateVotes("m-010", 5, 4, 2),
                },
                attended: 11,
                ballotsIssued: 11,
                ballotsReturned: 11),
            secretaryElected: "m-005",
            deputySecretariesElected: new[] { "m-006" },
            secretaryApprovedBy: "gb-1",
            secretaryApprovedOn: new LocalDate(2024, 3, 28)),
    });

    static partial void AddTerms(ref ComplianceInput input) => input = input.WithTerms(BuildTerms(input.Tree));

    static partial void AddElections(ref ComplianceInput input) => input = input.WithElections(BuildElections(input.Tree));
}
