using System;
using System.Collections.Generic;
using System.Linq;

namespace PartyOrg.Cli.Generation;

/// <summary>
/// 合成数据规模 — the sizes of synthetic data used by the benchmarks and <c>partyorg generate</c>: one department
/// (small), a large city's 机关工委 (2,000 branches, 40,000 members), a province's platform (100,000 branches,
/// 2,000,000 members).
/// </summary>
public sealed class SyntheticSize
{
    /// <summary>One department: a 党组, its 机关党委, 20 branches, 400 members.</summary>
    public static readonly SyntheticSize Small = new("small", 1, 1, 20);

    /// <summary>A large city: one 机关工委 over 100 departments, 2,000 branches, 40,000 members.</summary>
    public static readonly SyntheticSize City = new("city", 1, 100, 20);

    /// <summary>A province: 50 机关工委 (the province's and its cities') over 5,000 departments, 100,000 branches, 2,000,000 members.</summary>
    public static readonly SyntheticSize Province = new("province", 50, 100, 20);

    private SyntheticSize(string name, int workingCommittees, int departmentsPerCommittee, int branchesPerDepartment)
    {
        Name = name;
        WorkingCommittees = workingCommittees;
        DepartmentsPerCommittee = departmentsPerCommittee;
        BranchesPerDepartment = branchesPerDepartment;
    }

    /// <summary>Every size, smallest first.</summary>
    public static IReadOnlyList<SyntheticSize> All { get; } = new[] { Small, City, Province };

    /// <summary>The name (<c>small</c>, <c>city</c>, <c>province</c>).</summary>
    public string Name { get; }

    /// <summary>The number of 机关工委 (roots).</summary>
    public int WorkingCommittees { get; }

    /// <summary>Departments (each a 党组 and its 机关党委) under each 机关工委.</summary>
    public int DepartmentsPerCommittee { get; }

    /// <summary>The average number of branches of a department (departments vary pairwise around it).</summary>
    public int BranchesPerDepartment { get; }

    /// <summary>The average number of registered members of a branch.</summary>
    public int MembersPerBranch => 20;

    /// <summary>The number of departments.</summary>
    public int Departments => WorkingCommittees * DepartmentsPerCommittee;

    /// <summary>The exact number of branches.</summary>
    public int Branches => Departments * BranchesPerDepartment;

    /// <summary>The exact number of members.</summary>
    public int Members => Branches * MembersPerBranch;

    /// <summary>Finds a size by name.</summary>
    /// <param name="name">small, city or province.</param>
    /// <returns>The size.</returns>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static SyntheticSize Parse(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown size \"{name}\"; expected small, city or province", nameof(name));

    /// <inheritdoc />
    public override string ToString() => Name;
}
