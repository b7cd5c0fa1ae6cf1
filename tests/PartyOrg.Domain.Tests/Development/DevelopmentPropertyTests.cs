using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;
using static PartyOrg.Domain.Tests.Development.DevelopmentFixture;

namespace PartyOrg.Domain.Tests.Development;

/// <summary>
/// A pipeline with every checked interval at its legal bound gives no finding; moving one date a day earlier gives
/// exactly the finding of the rule whose bound that date sits on (seeded random start dates).
/// </summary>
public sealed class DevelopmentPropertyTests
{
    private static readonly IReadOnlyDictionary<string, string> RuleOfDate = new Dictionary<string, string>
    {
        ["applied"] = "DEV-MIN-AGE-18",
        ["talked"] = "DEV-TALK-WITHIN-1M",
        ["activist"] = "DEV-ACTIVIST-SELECTION",
        ["candidate"] = "DEV-ACTIVIST-MIN-1Y",
        ["candidateNoticeTo"] = "DEV-PUBLIC-NOTICE",
        ["meeting"] = "DEV-APPROVAL-3M",
        ["approval"] = "DEV-HIGHER-TALK",
        ["conversion"] = "DEV-PROBATION-1Y",
        ["conversionNoticeTo"] = "DEV-PUBLIC-NOTICE",
    };

    public static TheoryData<int> Seeds() => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TightPipeline_HasNoFinding_AndEachDateOneDayEarlier_GivesExactlyItsRule(int seed)
    {
        var random = new Random(seed);
        var tree = Tree();
        var tested = 0;
        for (var sample = 0; sample < 40 && tested < 5; sample++)
        {
            var start = new LocalDate(2015, 1, 1).PlusDays(random.Next(0, 3000));
            var dates = TightDates(start);
            if (new[] { "applied", "activist", "meeting", "conversion" }.Any(k => dates[k].Day > 28))
            {
                continue; // month-end clamping: a day earlier can map to the same "plus months" date
            }

            tested++;
            var asOf = dates["conversionApproval"].PlusDays(1);
            Check(tree, asOf, Pipeline(dates)).Should().BeEmpty($"start {start}");
            foreach (var key in DevelopmentFixture.Dates)
            {
                var moved = new Dictionary<string, LocalDate>(dates) { [key] = dates[key].PlusDays(-1) };
                if (key == "approval")
                {
                    moved["higherTalk"] = dates["higherTalk"];
                }

                Ids(Check(tree, asOf, Pipeline(moved))).Should().Equal(new[] { RuleOfDate[key] }, $"start {start}, {key} one day earlier");
            }
        }

        tested.Should().BeGreaterThan(0);
    }
}
