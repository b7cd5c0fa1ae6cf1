using System;
using System.Collections.Generic;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Meetings;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>
/// The <c>meetings</c> section as read: the plain meetings straight into a <see cref="MeetingLogBuilder"/> (no contract
/// per meeting), the others (anything the fast path does not take, and those with problems) as contracts with their
/// element index. When every meeting is plain and valid the log is built from the builder; otherwise the contracts of
/// all are made (<see cref="Contracts"/>) and go the per-element way, so every problem is reported as before.
/// </summary>
internal sealed class MeetingSection
{
    private MeetingLogBuilder? builder;
    private readonly List<(int Index, MeetingContract? Contract)> slow;
    private readonly int count;

    internal MeetingSection(MeetingLogBuilder builder, List<(int Index, MeetingContract? Contract)> slow, int count)
    {
        this.builder = builder;
        this.slow = slow;
        this.count = count;
    }

    /// <summary>Whether every element went to the builder.</summary>
    internal bool AllPlain => slow.Count == 0;

    /// <summary>
    /// The log of the builder, when every element is plain and the log is valid for <paramref name="tree"/>; else null.
    /// Once the log is built the builder is let go (its columns, as large as the log, are not needed again).
    /// </summary>
    internal MeetingLog? TryBuild(Organizations.OrganizationTree tree)
    {
        if (!AllPlain || builder is null || !builder.TryBuild(tree, out var log, out _))
        {
            return null;
        }

        builder = null;
        return log;
    }

    /// <summary>
    /// Does what the log's build needs no tree for (<see cref="MeetingLogBuilder.Prepare"/>), when every element is plain:
    /// run on another thread while the tree is built, before <see cref="TryBuild"/>.
    /// </summary>
    internal void Prepare()
    {
        if (AllPlain)
        {
            builder?.Prepare();
        }
    }

    /// <summary>Every element as a contract (null where the element was unreadable), in document order.</summary>
    internal List<MeetingContract?> Contracts()
    {
        var plain = builder?.ToRecords() ?? throw new InvalidOperationException("the meetings went the compact way");
        var list = new List<MeetingContract?>(count);
        int p = 0, s = 0;
        for (var i = 0; i < count; i++)
        {
            if (s < slow.Count && slow[s].Index == i)
            {
                list.Add(slow[s++].Contract);
            }
            else
            {
                list.Add(PartyOrgDocumentWriter.ToContract(plain[p++]));
            }
        }

        return list;
    }
}
