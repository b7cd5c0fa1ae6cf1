using System.Collections.Generic;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Cli.Generation;

/// <summary>The terms of the synthetic organ's elected bodies.</summary>
public static partial class SyntheticOrgan
{
    /// <summary>
    /// Adds the current term of every elected body (机关党委 5 years, general branches and branches 3 years, lengths from
    /// the profile) and, for about a third, the previous term; about a quarter of the overdue terms carry an approved
    /// postponement (TERM-ON-TIME), a few an unapproved one.
    /// </summary>
    static partial void AddTerms(SyntheticDocument document, DeterministicRandom random)
    {
        var terms = new List<Term>(document.Bodies.Length * 4 / 3);
        foreach (var body in document.Bodies)
        {
            if (random.Chance(0.33))
            {
                terms.Add(new Term(body.OrganizationId, body.TermStart.PlusYears(-body.Years).PlusDays(random.Between(-40, 40))));
            }

            TermAdjustment? adjustment = null;
            var expiry = body.TermStart.PlusYears(body.Years);
            if (expiry < AsOf && random.Chance(0.3))
            {
                var approved = random.Chance(0.8);
                adjustment = new TermAdjustment(TermAdjustmentKind.Postpone, expiry.PlusMonths(random.Between(3, 15)),
                    approved ? body.ParentId : null, approved ? expiry.PlusMonths(-1) : null);
            }

            terms.Add(new Term(body.OrganizationId, body.TermStart, adjustment: adjustment));
        }

        document.SetTerms(terms.ToArray());
    }
}
