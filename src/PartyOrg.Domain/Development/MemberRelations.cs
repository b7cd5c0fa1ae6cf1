using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Development;

/// <summary>组织关系转接 — one transfer of a member's organisational relationship (contract <c>transfers[]</c>).</summary>
public sealed class MemberTransfer
{
    /// <summary>Creates the record.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="reason">Why.</param>
    /// <param name="occurred">The day of the change of unit or residence, or of leaving.</param>
    /// <param name="from">The sending organization (id, or a name outside the document), or null.</param>
    /// <param name="to">The receiving organization (id, or a name outside the document), or null.</param>
    /// <param name="sentOn">转出, or null.</param>
    /// <param name="receivedOn">接收, or null.</param>
    /// <param name="refusedOn">拒转或拒接, or null.</param>
    /// <param name="refusedBy">The refusing organization, or null.</param>
    /// <param name="refusalReason">The reason given, or null.</param>
    public MemberTransfer(string memberId, TransferReason reason, LocalDate occurred, string? from = null, string? to = null, LocalDate? sentOn = null,
        LocalDate? receivedOn = null, LocalDate? refusedOn = null, string? refusedBy = null, string? refusalReason = null)
    {
        MemberId = Internal.Guard.NotBlank(memberId, nameof(memberId));
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
        Occurred = occurred;
        From = from;
        To = to;
        SentOn = sentOn;
        ReceivedOn = receivedOn;
        RefusedOn = refusedOn;
        RefusedBy = refusedBy;
        RefusalReason = refusalReason;
    }

    /// <summary>The member.</summary>
    public string MemberId { get; }

    /// <summary>Why.</summary>
    public TransferReason Reason { get; }

    /// <summary>The day of the change.</summary>
    public LocalDate Occurred { get; }

    /// <summary>The sending organization, or null.</summary>
    public string? From { get; }

    /// <summary>The receiving organization, or null.</summary>
    public string? To { get; }

    /// <summary>转出, or null.</summary>
    public LocalDate? SentOn { get; }

    /// <summary>接收, or null: until then the sending branch keeps the member.</summary>
    public LocalDate? ReceivedOn { get; }

    /// <summary>The refusal, or null.</summary>
    public LocalDate? RefusedOn { get; }

    /// <summary>The refusing organization, or null.</summary>
    public string? RefusedBy { get; }

    /// <summary>The reason of the refusal, or null.</summary>
    public string? RefusalReason { get; }
}

/// <summary>流动党员 — a member away from their unit (contract <c>outflows[]</c>).</summary>
public sealed class MemberOutflow
{
    /// <summary>Creates the record.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="left">The day they left.</param>
    /// <param name="returned">The day they came back, or null.</param>
    /// <param name="place">Where.</param>
    /// <param name="fixedPlace">Whether the place is relatively fixed.</param>
    public MemberOutflow(string memberId, LocalDate left, LocalDate? returned, string? place, bool fixedPlace)
    {
        MemberId = Internal.Guard.NotBlank(memberId, nameof(memberId));
        Left = left;
        Returned = returned;
        Place = place;
        FixedPlace = fixedPlace;
    }

    /// <summary>The member.</summary>
    public string MemberId { get; }

    /// <summary>The day they left.</summary>
    public LocalDate Left { get; }

    /// <summary>The day they came back, or null.</summary>
    public LocalDate? Returned { get; }

    /// <summary>Where.</summary>
    public string? Place { get; }

    /// <summary>Whether the place is relatively fixed.</summary>
    public bool FixedPlace { get; }
}

/// <summary>失联党员 — a member out of contact (contract <c>lostContact[]</c>).</summary>
public sealed class LostContact
{
    /// <summary>Creates the record.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="since">Out of contact since.</param>
    /// <param name="suspendedOn">停止党籍, or null.</param>
    /// <param name="contactRestoredOn">Contact restored, or null.</param>
    /// <param name="removedOn">除名, or null.</param>
    public LostContact(string memberId, LocalDate since, LocalDate? suspendedOn = null, LocalDate? contactRestoredOn = null, LocalDate? removedOn = null)
    {
        MemberId = Internal.Guard.NotBlank(memberId, nameof(memberId));
        Since = since;
        SuspendedOn = suspendedOn;
        ContactRestoredOn = contactRestoredOn;
        RemovedOn = removedOn;
    }

    /// <summary>The member.</summary>
    public string MemberId { get; }

    /// <summary>Out of contact since.</summary>
    public LocalDate Since { get; }

    /// <summary>停止党籍, or null.</summary>
    public LocalDate? SuspendedOn { get; }

    /// <summary>Contact restored, or null.</summary>
    public LocalDate? ContactRestoredOn { get; }

    /// <summary>除名, or null.</summary>
    public LocalDate? RemovedOn { get; }
}

/// <summary>
/// 组织关系 — the transfers, flowing members and lost contacts of a document. Each list is null when the document has
/// no such section (its rules then do not run); an empty list says "none happened".
/// </summary>
public sealed class MemberRelations
{
    private MemberRelations(IReadOnlyList<MemberTransfer>? transfers, IReadOnlyList<MemberOutflow>? outflows, IReadOnlyList<LostContact>? lostContacts)
    {
        Transfers = transfers;
        Outflows = outflows;
        LostContacts = lostContacts;
    }

    /// <summary>The transfers, or null.</summary>
    public IReadOnlyList<MemberTransfer>? Transfers { get; }

    /// <summary>The flowing members, or null.</summary>
    public IReadOnlyList<MemberOutflow>? Outflows { get; }

    /// <summary>The lost contacts, or null.</summary>
    public IReadOnlyList<LostContact>? LostContacts { get; }

    /// <summary>Validates and builds the relations.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="transfers">The transfers, or null (no section).</param>
    /// <param name="outflows">The outflows, or null.</param>
    /// <param name="lostContacts">The lost contacts, or null.</param>
    /// <returns>The relations.</returns>
    /// <exception cref="PartyOrgDataException">Any problem of <see cref="Validate"/>.</exception>
    public static MemberRelations Create(OrganizationTree tree, IEnumerable<MemberTransfer>? transfers, IEnumerable<MemberOutflow>? outflows, IEnumerable<LostContact>? lostContacts)
    {
        var t = transfers?.ToArray();
        var o = outflows?.ToArray();
        var l = lostContacts?.ToArray();
        var problems = Validate(tree, t, o, l);
        if (problems.Count > 0)
        {
            throw new PartyOrgDataException(problems);
        }

        return new MemberRelations(t, o, l);
    }

    /// <summary>Every impossible fact, at its path (<c>$.transfers[i].member</c>, <c>$.lostContact[i].suspendedOn</c>).</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="transfers">The transfers, or null.</param>
    /// <param name="outflows">The outflows, or null.</param>
    /// <param name="lostContacts">The lost contacts, or null.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<DataProblem> Validate(OrganizationTree tree, IEnumerable<MemberTransfer>? transfers, IEnumerable<MemberOutflow>? outflows, IEnumerable<LostContact>? lostContacts)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        var problems = new List<DataProblem>();
        var i = 0;
        foreach (var t in transfers ?? Array.Empty<MemberTransfer>())
        {
            Member(tree, "transfers", i, t.MemberId, problems);
            if (t.RefusedBy is { } by && !tree.TryGetOrganization(by, out _))
            {
                problems.Add(new DataProblem("transfers", i, t.MemberId, "refusedBy", $"no organization \"{by}\"") { MissingReference = DataReference.Organization(by) });
            }

            if (t.ReceivedOn is { } received && t.SentOn is { } sent && received < sent)
            {
                problems.Add(new DataProblem("transfers", i, t.MemberId, "receivedOn", $"{DevelopmentLog.Format(received)} is before the transfer was sent ({DevelopmentLog.Format(sent)})"));
            }

            if (t.RefusedOn is not null && t.RefusedBy is null)
            {
                problems.Add(new DataProblem("transfers", i, t.MemberId, "refusedBy", "a refusal names the refusing organization (\"refusedBy\")"));
            }

            i++;
        }

        i = 0;
        foreach (var o in outflows ?? Array.Empty<MemberOutflow>())
        {
            Member(tree, "outflows", i, o.MemberId, problems);
            if (o.Returned is { } back && back < o.Left)
            {
                problems.Add(new DataProblem("outflows", i, o.MemberId, "returned", $"{DevelopmentLog.Format(back)} is before the member left ({DevelopmentLog.Format(o.Left)})"));
            }

            i++;
        }

        i = 0;
        foreach (var l in lostContacts ?? Array.Empty<LostContact>())
        {
            Member(tree, "lostContact", i, l.MemberId, problems);
            foreach (var (field, date) in new[] { ("suspendedOn", l.SuspendedOn), ("contactRestoredOn", l.ContactRestoredOn), ("removedOn", l.RemovedOn) })
            {
                if (date is { } d && d < l.Since)
                {
                    problems.Add(new DataProblem("lostContact", i, l.MemberId, field, $"{DevelopmentLog.Format(d)} is before contact was lost ({DevelopmentLog.Format(l.Since)})"));
                }
            }

            i++;
        }

        return problems;
    }

    private static void Member(OrganizationTree tree, string collection, int index, string memberId, List<DataProblem> problems)
    {
        if (!tree.TryGetMember(memberId, out _))
        {
            problems.Add(new DataProblem(collection, index, memberId, "member", $"no member \"{memberId}\"") { MissingReference = DataReference.Member(memberId) });
        }
    }
}
