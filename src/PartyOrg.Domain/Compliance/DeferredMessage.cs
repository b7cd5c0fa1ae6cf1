using System.Collections.Generic;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// What a finding keeps of its message until it is first read: the format and the values, rendered into a
/// <see cref="LocalizedText"/> on demand. The subject's display name (an organization's or member's name, else the id)
/// is looked up in the tree when the message is rendered, not when the finding is reported: a province's audit reports
/// hundreds of thousands of findings, and looking each subject up in tables of millions of ids while checking cost a
/// sizeable share of the check. A value kept inside the <see cref="Finding"/> (no object of its own).
/// </summary>
internal readonly struct DeferredMessage
{
    private readonly LocalizedText format;
    private readonly OrganizationTree? tree;
    private readonly object?[] args;
    private readonly IReadOnlyList<string>? names;

    internal DeferredMessage(LocalizedText format, OrganizationTree? tree, object?[] args, IReadOnlyList<string>? names)
    {
        this.format = format;
        this.tree = tree;
        this.args = args ?? System.Array.Empty<object?>();
        this.names = names;
    }

    /// <summary>Whether there is a message to render (false for the default value).</summary>
    internal bool IsSet => format is not null;

    /// <summary>The message of a finding about <paramref name="subjectId"/> for <paramref name="period"/>.</summary>
    internal LocalizedText Render(string subjectId, ReportingPeriod? period, string expected, string actual,
        LocalizedText? expectedText, LocalizedText? actualText)
    {
        var values = new MessageTemplate.Values(DisplayName(tree, subjectId), period, null, args, names);
        var chinese = MessageTemplate.Render(format.Chinese, expectedText?.Chinese ?? expected, actualText?.Chinese ?? actual, ref values);
        var english = MessageTemplate.Render(format.English, expectedText?.English ?? expected, actualText?.English ?? actual, ref values);
        return new LocalizedText(chinese, english);
    }

    /// <summary>The name to show for an id: an organization's or member's name, else the id itself.</summary>
    internal static string DisplayName(OrganizationTree? tree, string id)
    {
        if (tree is null)
        {
            return id;
        }

        if (tree.TryGetOrganization(id, out var org))
        {
            return org!.Name;
        }

        return tree.TryGetMember(id, out var member) ? member!.Name : id;
    }
}
