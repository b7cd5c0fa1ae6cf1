using System.Collections.Generic;
using PartyOrg.Domain.Calendars;

namespace PartyOrg.Domain.Compliance;

/// <summary>A finding's message format and values, rendered into a <see cref="LocalizedText"/> when first read.</summary>
internal sealed class DeferredMessage
{
    private readonly LocalizedText format;
    private readonly string subject;
    private readonly string expected;
    private readonly string actual;
    private readonly LocalizedText? expectedText;
    private readonly LocalizedText? actualText;
    private readonly object?[] args;
    private readonly IReadOnlyList<string>? names;

    internal DeferredMessage(LocalizedText format, string subject, string expected, string actual, object?[] args,
        LocalizedText? expectedText = null, LocalizedText? actualText = null, IReadOnlyList<string>? names = null)
    {
        this.names = names;
        this.format = format;
        this.subject = subject;
        this.expected = expected;
        this.actual = actual;
        this.expectedText = expectedText;
        this.actualText = actualText;
        this.args = args ?? new object?[0];
    }

    internal LocalizedText Render(ReportingPeriod? period)
    {
        var values = new MessageTemplate.Values(subject, period, null, args, names);
        var chinese = MessageTemplate.Render(format.Chinese, expectedText?.Chinese ?? expected, actualText?.Chinese ?? actual, ref values);
        var english = MessageTemplate.Render(format.English, expectedText?.English ?? expected, actualText?.English ?? actual, ref values);
        return new LocalizedText(chinese, english);
    }
}
