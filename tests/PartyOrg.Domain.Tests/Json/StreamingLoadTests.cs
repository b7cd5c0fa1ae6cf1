using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>The streaming loader: the same problems whatever the stream's chunking and the order of the sections.</summary>
public sealed class StreamingLoadTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1 << 20)]
    public void Load_MalformedDocument_AnyChunking_SameProblems(int chunk)
    {
        const string Json = "{\"meetings\":[{\"id\":\"m1\",\"organization\":\"b\",\"kinds\":[\"general-meetin\"],\"date\":\"2026-02-30\",\"attendees\":[\" a\"]}],"
            + "\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"支部\",\"x-note\":1,\"Form\":\"x\"}],\"profile\":\"nope\"}";
        var expected = PartyOrgDocument.Parse(Json).Problems.Select(p => p.ToString()).ToArray();
        expected.Should().HaveCount(5);
        using var stream = new Trickle(Encoding.UTF8.GetBytes(Json), chunk);
        PartyOrgDocument.Load(stream).Problems.Select(p => p.ToString()).Should().Equal(expected);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(1 << 20)]
    public void Load_SkippedValues_AnyChunking_NotRead(int chunk)
    {
        var big = "[" + string.Join(",", Enumerable.Range(0, 2000).Select(i => "{\"id\":" + i + ",\"a\":[[\"x\"],{\"b\":null}]}")) + "]";
        var json = "{\"x-big\":" + big + ",\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"b\"}],\"organizations\":" + big
            + ",\"other\":" + big + ",\"members\":null}";
        using var stream = new Trickle(Encoding.UTF8.GetBytes(json), chunk);
        PartyOrgDocument.Load(stream).Problems.Select(p => p.ToString()).Should().Equal(
            "$.organizations: duplicate property \"organizations\"; each property may appear once",
            "$.other: unknown property \"other\"; expected one of: $schema, profile, asOf, workingDays, organizations, members, posts, terms, meetings, elections, dues, duesExemptions, reports, trainings, development, transfers, outflows, lostContact, assessments, rectifications (or an extension named x-…)");
    }

    [Fact]
    public void Load_SyntaxErrorAfterManyElements_ReportsItsLineAndByte()
    {
        var json = "{\"organizations\":[\n" + string.Join(",\n", Enumerable.Range(0, 5000).Select(i => "{\"id\":\"b" + i + "\",\"kind\":\"branch\",\"name\":\"b\"}")) + ",\n]}";
        using var stream = new Trickle(Encoding.UTF8.GetBytes(json), 1000);
        PartyOrgDocument.Load(stream).Problems.Single().ToString().Should().StartWith("$: not valid JSON at line 5002, byte 1:");
    }

    [Fact]
    public void Load_InvalidUtf8AfterASyntaxError_IsTheProblemReported()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"organizations\":[,]}\n\n   \"x\"").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        using var stream = new Trickle(bytes, 3);
        PartyOrgDocument.Load(stream).Problems.Single().ToString().Should().StartWith("$: the document is not valid UTF-8: byte 0xC3 at line 3");
    }

    [Fact]
    public void Load_MeetingWithEscapes_ReadsLikeThePlainOne()
    {
        const string Organizations = "\"organizations\":[{\"id\":\"b\",\"kind\":\"branch\",\"name\":\"b\"}],\"members\":[{\"id\":\"m-1\",\"name\":\"m\",\"branch\":\"b\",\"status\":\"full\"}]";
        var plain = PartyOrgDocument.Parse("{" + Organizations + ",\"meetings\":[{\"id\":\"mt\",\"organization\":\"b\",\"kinds\":[\"general-meeting\"],\"date\":\"2026-01-05\",\"attendees\":[\"m-1\"],\"absences\":[]}]}");
        var escaped = PartyOrgDocument.Parse("{" + Organizations + ",\"meetings\":[{\"id\":\"m\\u0074\",\"organization\":\"\\u0062\",\"kinds\":[\"general\\u002dmeeting\"],\"date\":\"2026-01-05\",\"attendees\":[\"m\\u002d1\"],\"absences\":[]}]}");
        plain.Problems.Should().BeEmpty();
        escaped.Problems.Should().BeEmpty();
        PartyOrgJson.Serialize(escaped.Document!.Contract).Should().Be(PartyOrgJson.Serialize(plain.Document!.Contract));
    }

    /// <summary>A stream that cannot seek and hands out at most <c>chunk</c> bytes per read.</summary>
    internal sealed class Trickle : MemoryStream
    {
        private readonly int chunk;

        public Trickle(byte[] bytes, int chunk)
            : base(bytes)
        {
            this.chunk = chunk;
        }

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
