using System;
using System.Collections.Generic;
using System.Linq;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// Thrown when input data is impossible (a cycle, an unknown parent, a duplicate id…). Lists every problem found,
/// each naming the offending id and what was expected. Non-compliant but possible data never throws: it gives
/// findings.
/// </summary>
public sealed class PartyOrgDataException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems, at least one.</param>
    public PartyOrgDataException(IEnumerable<DataProblem> problems)
        : this((problems ?? throw new ArgumentNullException(nameof(problems))).ToArray())
    {
    }

    private PartyOrgDataException(DataProblem[] problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    private static string Describe(DataProblem[] problems)
    {
        if (problems.Length == 0)
        {
            throw new ArgumentException("At least one problem is needed.", nameof(problems));
        }

        var lines = problems.Take(50).Select(p => "  " + p);
        var more = problems.Length > 50 ? $"{Environment.NewLine}  … and {problems.Length - 50} more" : string.Empty;
        return $"The data is invalid ({problems.Length} problem{(problems.Length == 1 ? string.Empty : "s")}):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
