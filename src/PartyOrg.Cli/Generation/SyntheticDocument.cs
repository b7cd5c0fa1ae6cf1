using System;
using System.Collections.Generic;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Cli.Generation;

/// <summary>
/// 合成数据 — the output of <see cref="SyntheticOrgan.Generate"/>: organizations, members and posts (and, as the
/// library gains them, a year of meetings, terms and elections), ready to build a tree and an input.
/// </summary>
public sealed partial class SyntheticDocument
{
    private readonly Organization[] organizations;
    private readonly Member[] members;
    private readonly Post[] posts;

    internal SyntheticDocument(SyntheticSize size, long seed, LocalDate asOf, Organization[] organizations, Member[] members, Post[] posts, BranchShape[] branches, ElectedBody[] bodies, DepartmentShape[] departments)
    {
        Size = size;
        Seed = seed;
        AsOf = asOf;
        this.organizations = organizations;
        this.members = members;
        this.posts = posts;
        Branches = branches;
        Bodies = bodies;
        Departments = departments;
    }

    /// <summary>The size generated.</summary>
    public SyntheticSize Size { get; }

    /// <summary>The seed used.</summary>
    public long Seed { get; }

    /// <summary>The "as of" date (the last day of the year the meetings cover).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Every organization (roots first within each department).</summary>
    public IReadOnlyList<Organization> Organizations => organizations;

    /// <summary>Every member; each branch's members are consecutive.</summary>
    public IReadOnlyList<Member> Members => members;

    /// <summary>Every post.</summary>
    public IReadOnlyList<Post> Posts => posts;

    /// <summary>The number of meeting records (0 until meetings are generated).</summary>
    public int MeetingCount { get; internal set; }

    /// <summary>The number of attendee entries over all meeting records.</summary>
    public long AttendeeCount { get; internal set; }

    internal BranchShape[] Branches { get; }

    internal ElectedBody[] Bodies { get; }

    internal DepartmentShape[] Departments { get; }

    /// <summary>A builder holding the organizations, members and posts.</summary>
    /// <returns>A new builder.</returns>
    public OrganizationTreeBuilder CreateBuilder() =>
        new OrganizationTreeBuilder().AddRange(organizations).AddRange(members).AddRange(posts);

    /// <summary>Validates and builds the tree.</summary>
    /// <returns>The tree.</returns>
    public OrganizationTree BuildTree() => CreateBuilder().Build();

    /// <summary>The input for a full audit of the year: the tree and every data set generated.</summary>
    /// <param name="tree">The tree built by <see cref="BuildTree"/>.</param>
    /// <returns>The input.</returns>
    public ComplianceInput BuildInput(OrganizationTree tree) => BuildInput(tree, withMeetings: true);

    /// <summary>The input for the audit, with or without the meeting log (the streaming writer writes the meetings itself).</summary>
    /// <param name="tree">The tree built by <see cref="BuildTree"/>.</param>
    /// <param name="withMeetings">Whether to add the meeting log.</param>
    /// <returns>The input.</returns>
    internal ComplianceInput BuildInput(OrganizationTree tree, bool withMeetings)
    {
        var input = new ComplianceInput(tree ?? throw new ArgumentNullException(nameof(tree)), AsOf);
        if (withMeetings)
        {
            AddMeetingData(tree, ref input);
        }

        AddTermData(tree, ref input);
        AddElectionData(tree, ref input);
        AddLeadershipData(tree, ref input);
        AddDevelopmentData(tree, ref input);
        AddAssessmentData(tree, ref input);
        return input;
    }

    /// <summary>Adds the meeting log (SyntheticDocument.Meetings.cs).</summary>
    partial void AddMeetingData(OrganizationTree tree, ref ComplianceInput input);

    /// <summary>Adds the terms (SyntheticDocument.Terms.cs).</summary>
    partial void AddTermData(OrganizationTree tree, ref ComplianceInput input);

    /// <summary>Adds the elections (SyntheticDocument.Elections.cs).</summary>
    partial void AddElectionData(OrganizationTree tree, ref ComplianceInput input);

    /// <summary>Adds the reports and training hours (SyntheticDocument.Leadership.cs).</summary>
    partial void AddLeadershipData(OrganizationTree tree, ref ComplianceInput input);

    /// <summary>Adds the applicants (SyntheticDocument.Development.cs).</summary>
    partial void AddDevelopmentData(OrganizationTree tree, ref ComplianceInput input);
    /// <summary>Adds the entered assessment values (SyntheticDocument.Assessments.cs).</summary>
    partial void AddAssessmentData(OrganizationTree tree, ref ComplianceInput input);
}
