using System;
using System.Collections.Generic;
using PartyOrg.Domain.Dues;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>
/// The domain pass of the dues sections: contracts → <see cref="DuesLedgerRow"/> and <see cref="DuesExemption"/>
/// (constructor problems at the field's path), then <see cref="DuesLedger.Validate"/> against the tree (a second row
/// for a member and month, an unknown member, a missing base, a month without rates), mapped back to document positions.
/// </summary>
internal static class DuesMapper
{
    private static readonly IReadOnlyDictionary<string, string> FieldOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["memberId"] = "member", ["monthlyBase"] = "base", ["paid"] = "paid", ["paidOn"] = "paidOn", ["voluntary"] = "voluntary",
        ["amount"] = "amount", ["until"] = "until", ["approvedBy"] = "approvedBy", ["kind"] = "kind",
    };

    internal static DuesLedger? Build(RawDocument raw, OrganizationTree tree, ProblemList problems)
    {
        var categories = new Dictionary<string, DuesCategory>(StringComparer.Ordinal);
        for (var i = 0; i < raw.Members.Count; i++)
        {
            // A member made at once has no dues category (RawDocument.Members).
            if (raw.Members[i] is MemberContract { DuesCategory: { } c } m && !raw.Invalid.Contains(m) && tree.TryGetMember(m.Id, out _))
            {
                categories[m.Id] = DuesCategory.FromName(c);
            }
        }

        // The document position of each member in the tree, made only when a problem names a member.
        Dictionary<string, int>? memberPosition = null;
        Dictionary<string, int> MemberPosition()
        {
            if (memberPosition is null)
            {
                memberPosition = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < raw.Members.Count; i++)
                {
                    if (raw.Members[i] is { } m && !raw.Invalid.Contains(m) && tree.TryGetMember(RawDocument.MemberId(m), out _))
                    {
                        memberPosition[RawDocument.MemberId(m)] = i;
                    }
                }
            }

            return memberPosition;
        }

        var rows = new List<DuesLedgerRow>();
        var rowIndex = new List<int>();
        for (var i = 0; i < raw.Dues.Count; i++)
        {
            if (raw.Dues[i] is not { } d || raw.Invalid.Contains(d))
            {
                continue;
            }

            var made = Construct("$.dues", i, problems, () => new DuesLedgerRow(
                d.Member, DocumentReader.ParseMonth(d.Month), Money(d.Base), Money(d.Paid) ?? 0m, d.PaidOn, Money(d.Voluntary),
                d.Category is null ? null : DuesCategory.FromName(d.Category),
                d.Arrangement is null ? null : DuesArrangement.FromName(d.Arrangement)));
            if (made is not null)
            {
                rows.Add(made);
                rowIndex.Add(i);
            }
        }

        var exemptions = new List<DuesExemption>();
        var exemptionIndex = new List<int>();
        for (var i = 0; i < raw.DuesExemptions.Count; i++)
        {
            if (raw.DuesExemptions[i] is not { } x || raw.Invalid.Contains(x))
            {
                continue;
            }

            var made = Construct("$.duesExemptions", i, problems, () => new DuesExemption(
                x.Member, DuesExemptionKind.FromName(x.Kind), Money(x.Amount), DocumentReader.ParseMonth(x.From),
                x.Until is null ? null : DocumentReader.ParseMonth(x.Until), x.BranchDecidedOn, x.ApprovedBy, x.ApprovedOn));
            if (made is not null)
            {
                exemptions.Add(made);
                exemptionIndex.Add(i);
            }
        }

        var valid = true;
        foreach (var d in DuesLedger.Validate(tree, rows, exemptions, categories))
        {
            // A problem that follows from an element with a problem of its own is not reported again, but the ledger is
            // not made either (its constructor would refuse the same rows).
            valid = false;
            if (DomainMapper.FollowsFromBrokenElement(raw, d))
            {
                continue;
            }

            var index = d.Collection switch
            {
                "dues" => d.Index >= 0 && d.Index < rowIndex.Count ? rowIndex[d.Index] : d.Index,
                "duesExemptions" => d.Index >= 0 && d.Index < exemptionIndex.Count ? exemptionIndex[d.Index] : d.Index,
                _ => MemberPosition().TryGetValue(d.SubjectId, out var p) ? p : -1,
            };
            problems.Add(DomainMapper.PathOf(d, index), DomainMapper.MessageOf(d, collection => collection switch
            {
                "dues" => rowIndex,
                "duesExemptions" => exemptionIndex,
                _ => null,
            }));
        }

        return raw.HasDues && valid ? DuesLedger.Create(tree, rows, exemptions, categories) : null;
    }

    private static decimal? Money(string? text) => text is null ? null : DocumentReader.ParseMoney(text);

    /// <summary>Makes element <paramref name="index"/> of <paramref name="collection"/>; a refusal becomes a problem at its path (made only then).</summary>
    private static T? Construct<T>(string collection, int index, ProblemList problems, Func<T> make)
        where T : class
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            var path = JsonPaths.Index(collection, index);
            var field = e.ParamName is { } p && FieldOf.TryGetValue(p, out var f) ? JsonPaths.Property(path, f) : path;
            problems.Add(field, DomainMapper.MessageOf(e));
            return null;
        }
    }
}
