using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FluentAssertions;
using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Compliance;
using Xunit;

namespace PartyOrg.Domain.Tests.Compliance;

/// <summary>
/// Message formats rendered piece by piece (runs of text copied whole, each language's string written once): the
/// text of a plain character-by-character rendering, for every placeholder, for placeholders that name nothing, and for
/// braces that close nothing.
/// </summary>
public sealed class MessageTemplateTests
{
    private static readonly string[] Names = { "reason", "reasonEn" };

    /// <summary>The character-by-character rendering (the algorithm before the piecewise one).</summary>
    private static string Reference(string format, string subject, string expected, string actual, string period, object?[] args, IReadOnlyList<string>? names)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            var close = c == '{' ? format.IndexOf('}', i + 1) : -1;
            if (close < 0)
            {
                sb.Append(c);
                continue;
            }

            var token = format.Substring(i + 1, close - i - 1);
            var n = token.Length is > 0 and <= 6 && token.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').Length == 0 ? int.Parse(token, CultureInfo.InvariantCulture) : -1;
            var k = names is null ? -1 : Array.IndexOf(System.Linq.Enumerable.ToArray(names), token);
            var value = token switch
            {
                "subject" => subject,
                "expected" => expected,
                "actual" => actual,
                "period" => period,
                _ when n >= 0 && n < args.Length => Convert.ToString(args[n], CultureInfo.InvariantCulture),
                _ when k >= 0 && k < args.Length => Convert.ToString(args[k], CultureInfo.InvariantCulture),
                _ => null,
            };
            if (value is null)
            {
                sb.Append(c);
                continue;
            }

            sb.Append(value);
            i = close;
        }

        return sb.ToString();
    }

    public static TheoryData<string> Formats() => new()
    {
        string.Empty,
        "plain text, no placeholder",
        "党支部“{subject}”{period}开展主题党日{actual}次，要求{expected}次。",
        "{subject}{expected}{actual}{period}{reason}{reasonEn}{0}{1}",
        "{unknown} stays, {2} beyond the arguments stays, {} stays, {-1} stays, {000001} is the second",
        "{{subject}} and {subject",
        "open { without a close",
        "}{period}{",
        "{reason}{reason}{period}{period}",
        "{3}: an argument that converts to null stays",
        "{1234567}: seven digits are not a position",
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_TheCharacterByCharacterText(string format)
    {
        var args = new object?[] { "理由", 42, 1.5m, new NullText() };

        MessageTemplate.Render(format, "支部“一”", "≥ 3", "2", "2026-Q1", args, Names)
            .Should().Be(Reference(format, "支部“一”", "≥ 3", "2", "2026-Q1", args, Names));
        MessageTemplate.Render(format, "s", "e", "a", string.Empty, Array.Empty<object?>())
            .Should().Be(Reference(format, "s", "e", "a", string.Empty, Array.Empty<object?>(), null));
    }

    [Theory]
    [InlineData(383)]
    [InlineData(384)]
    [InlineData(385)]
    [InlineData(5000)]
    public void Render_AroundTheStackBuffersLength_TheWholeText(int length)
    {
        var subject = new string('长', length - 2);
        var format = "“{subject}”{period}{0}";

        var text = MessageTemplate.Render(format, subject, "e", "a", string.Empty, new object?[] { "!" });

        text.Should().Be(Reference(format, subject, "e", "a", string.Empty, new object?[] { "!" }, null));
        text.Length.Should().Be(length + 1);
    }

    [Fact]
    public void Render_RandomFormats_TheCharacterByCharacterText()
    {
        var pieces = new[] { "{", "}", "{subject}", "{period}", "{expected}", "{actual}", "{0}", "{1}", "{reason}", "{9}", "甲", "ab", " ", "{x" };
        var random = new Random(20261130);
        var args = new object?[] { 7, "乙" };
        for (var n = 0; n < 3000; n++)
        {
            var format = new StringBuilder();
            for (var k = random.Next(12); k > 0; k--)
            {
                format.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = format.ToString();
            MessageTemplate.Render(text, "S", "E", "A", "P", args, Names).Should().Be(Reference(text, "S", "E", "A", "P", args, Names), text);
        }
    }

    [Fact]
    public void DeferredMessage_BothLanguages_ThePeriodAndArgumentsOfTheFinding()
    {
        var format = new PartyOrg.Domain.LocalizedText("“{subject}”{period}：{reason}（{expected}/{actual}）", "\"{subject}\" {period}: {reasonEn} ({expected}/{actual}) {period}");
        var message = new DeferredMessage(format, null, new object?[] { "原因", "cause" }, Names);
        var three = new PartyOrg.Domain.LocalizedText("三次", "three");
        var two = new PartyOrg.Domain.LocalizedText("两次", "two");

        var text = message.Render("一支部", ReportingPeriod.Month(2026, 3), "3", "2", three, two);
        text.Chinese.Should().Be("“一支部”2026-03：原因（三次/两次）", "without a tree the subject is shown by its id");
        text.English.Should().Be("\"一支部\" 2026-03: cause (three/two) 2026-03");
        message.Render("一支部", null, "3", "2", three, two).English.Should().Be("\"一支部\" : cause (three/two) ", "no period: an empty text");
        message.Render("一支部", null, "3", "2", null, null).English.Should().Be("\"一支部\" : cause (3/2) ", "no worded values: the plain ones");
    }

    private sealed class NullText
    {
        public override string? ToString() => null;
    }
}
