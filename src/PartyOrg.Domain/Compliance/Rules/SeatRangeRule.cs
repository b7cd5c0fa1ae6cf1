using System;
using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>Reports committee sizes and deputy counts outside a range: the committee-size rules of branches, general branches, basic committees and 党组.</summary>
internal abstract class SeatRangeRule : Rule
{
    private readonly ParameterKey<int> minKey;
    private readonly ParameterKey<int> maxKey;
    private readonly ParameterKey<int>? deputiesKey;

    protected SeatRangeRule(RuleDescriptor descriptor, ParameterKey<int> minKey, ParameterKey<int> maxKey, ParameterKey<int>? deputiesKey)
        : base(descriptor)
    {
        this.minKey = minKey;
        this.maxKey = maxKey;
        this.deputiesKey = deputiesKey;
    }

    public override void Evaluate(ComplianceContext context)
    {
        var min = context.Parameter(minKey);
        var max = context.Parameter(maxKey);
        var maxDeputies = deputiesKey is null ? int.MaxValue : context.Parameter(deputiesKey);
        var index = Of(context);
        foreach (var (org, i) in index.Existing(Applies))
        {
            var seats = index.Seats[i];
            if (seats < min || seats > max)
            {
                context.Report(Descriptor, org.Id, org.Id, null, SeatRange.Range(min, max), SeatRange.Seats(seats),
                    $"委员会有{seats}人，应为{Text(min)}至{Text(max)}人。", $"has {seats} seats; expected {Text(min)} to {Text(max)}.");
            }

            if (index.Deputies[i] > maxDeputies)
            {
                context.Report(Descriptor, org.Id, org.Id, null, SeatRange.Deputies(maxDeputies, atMost: true), SeatRange.Deputies(index.Deputies[i], atMost: false),
                    $"设副书记{index.Deputies[i]}人，多于{maxDeputies}人。", $"has {index.Deputies[i]} deputy secretaries, more than {maxDeputies}.");
            }
        }
    }

    protected abstract bool Applies(Organization organization);
}
