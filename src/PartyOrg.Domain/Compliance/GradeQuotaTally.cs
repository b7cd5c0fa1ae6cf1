using System.Collections.Generic;

namespace PartyOrg.Domain.Compliance;

/// <summary>The grades an assessment gave, counted per assessing organisation, with the scorecard's quotas (internal: built by the assessment engine).</summary>
internal sealed class GradeQuotaTally
{
    internal GradeQuotaTally(string scorecard, int year, IReadOnlyList<GradeQuotaGroup> groups)
    {
        Scorecard = scorecard;
        Year = year;
        Groups = groups;
    }

    internal string Scorecard { get; }

    internal int Year { get; }

    internal IReadOnlyList<GradeQuotaGroup> Groups { get; }
}

/// <summary>The graded organisations under one assessing organisation.</summary>
internal sealed class GradeQuotaGroup
{
    internal GradeQuotaGroup(string assessingOrganizationId, int graded, IReadOnlyList<GradeQuotaLine> lines)
    {
        AssessingOrganizationId = assessingOrganizationId;
        Graded = graded;
        Lines = lines;
    }

    internal string AssessingOrganizationId { get; }

    internal int Graded { get; }

    internal IReadOnlyList<GradeQuotaLine> Lines { get; }
}

/// <summary>One quota: the grades it covers (a grade "and better" or "and worse"), their count and the allowed share.</summary>
internal sealed class GradeQuotaLine
{
    internal GradeQuotaLine(LocalizedText grades, int count, decimal? maxShare, decimal? minShare)
    {
        Grades = grades;
        Count = count;
        MaxShare = maxShare;
        MinShare = minShare;
    }

    internal LocalizedText Grades { get; }

    internal int Count { get; }

    internal decimal? MaxShare { get; }

    internal decimal? MinShare { get; }
}
