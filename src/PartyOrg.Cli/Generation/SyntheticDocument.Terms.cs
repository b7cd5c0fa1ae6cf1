using System;
using System.Collections.Generic;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Terms;

namespace PartyOrg.Cli.Generation;

/// <summary>The synthetic terms.</summary>
public sealed partial class SyntheticDocument
{
    private Term[] terms = Array.Empty<Term>();

    /// <summary>The terms (任期) of every elected body, current and some previous.</summary>
    public IReadOnlyList<Term> Terms => terms;

    /// <summary>Validates the terms against the tree and builds the set.</summary>
    /// <param name="tree">The tree built by <see cref="BuildTree"/>.</param>
    /// <returns>The set.</returns>
    public TermSet BuildTermSet(OrganizationTree tree) => TermSet.Create(tree, terms);

    internal void SetTerms(Term[] value) => terms = value;

    partial void AddTermData(OrganizationTree tree, ref ComplianceInput input) => input = input.WithTerms(BuildTermSet(tree));
}
