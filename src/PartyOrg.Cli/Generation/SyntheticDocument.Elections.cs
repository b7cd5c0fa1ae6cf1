using System;
using System.Collections.Generic;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Elections;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Generation;

/// <summary>The synthetic elections.</summary>
public sealed partial class SyntheticDocument
{
    private ElectionRecord[] elections = Array.Empty<ElectionRecord>();

    /// <summary>The general elections held in the year (选举).</summary>
    public IReadOnlyList<ElectionRecord> Elections => elections;

    /// <summary>Validates the elections against the tree and builds the log.</summary>
    /// <param name="tree">The tree built by <see cref="BuildTree"/>.</param>
    /// <returns>The log.</returns>
    public ElectionLog BuildElectionLog(OrganizationTree tree) => ElectionLog.Create(tree, elections);

    internal void SetElections(ElectionRecord[] value) => elections = value;

    partial void AddElectionData(OrganizationTree tree, ref ComplianceInput input) => input = input.WithElections(BuildElectionLog(tree));
}
