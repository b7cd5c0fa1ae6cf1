using System;
using System.Globalization;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Terms;

/// <summary>
/// 任期年限 — the default term length, in whole years, of a basic committee (党的基层委员会, including 机关党委),
/// a general branch (党总支) and a branch (党支部) under one version of the rules. An immutable value.
/// </summary>
public sealed class TermLengths : IEquatable<TermLengths>
{
    /// <summary>Creates the lengths.</summary>
    /// <param name="committeeYears">Basic or organ committee (基层委员会、机关党委).</param>
    /// <param name="generalBranchYears">General branch committee (总支部委员会).</param>
    /// <param name="branchYears">Branch committee, or the secretary and deputy of a branch without a committee (支部委员会).</param>
    /// <exception cref="ArgumentOutOfRangeException">A length is zero or negative.</exception>
    public TermLengths(int committeeYears, int generalBranchYears, int branchYears)
    {
        CommitteeYears = Internal.Guard.Positive(committeeYears, nameof(committeeYears));
        GeneralBranchYears = Internal.Guard.Positive(generalBranchYears, nameof(generalBranchYears));
        BranchYears = Internal.Guard.Positive(branchYears, nameof(branchYears));
    }

    /// <summary>Years of a basic or organ committee's term.</summary>
    public int CommitteeYears { get; }

    /// <summary>Years of a general branch committee's term.</summary>
    public int GeneralBranchYears { get; }

    /// <summary>Years of a branch committee's term.</summary>
    public int BranchYears { get; }

    /// <summary>The length for an organization kind, or null for a kind without a term (机关工委, 党组, 党小组).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Years, or null.</returns>
    public int? For(OrganizationKind kind)
    {
        if (kind is null)
        {
            throw new ArgumentNullException(nameof(kind));
        }

        if (kind.IsCommittee)
        {
            return CommitteeYears;
        }

        if (kind == OrganizationKind.GeneralBranch)
        {
            return GeneralBranchYears;
        }

        return kind == OrganizationKind.Branch ? BranchYears : null;
    }

    /// <inheritdoc />
    public bool Equals(TermLengths? other) =>
        other is not null && CommitteeYears == other.CommitteeYears && GeneralBranchYears == other.GeneralBranchYears && BranchYears == other.BranchYears;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TermLengths t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((((CommitteeYears * 397) ^ GeneralBranchYears) * 397) ^ BranchYears);

    /// <summary>"committee/general branch/branch", e.g. "5/3/3".</summary>
    /// <returns>The lengths.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}/{1}/{2}", CommitteeYears, GeneralBranchYears, BranchYears);
}
