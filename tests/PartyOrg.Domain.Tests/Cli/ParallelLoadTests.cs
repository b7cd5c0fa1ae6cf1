using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>
/// The load with a worker thread (<see cref="PartyOrgLoadOptions.MaxThreads"/> 2) reads the same document, and reports
/// the same problems in the same order, as the load on the calling thread; and <see cref="PartyOrgLoadOptions.KeepContract"/>
/// false gives the same data. Small batches make the worker start on small documents.
/// </summary>
public sealed class ParallelLoadTests
{
    private static readonly PartyOrgLoadOptions OneThread = new();

    private static readonly PartyOrgLoadOptions TwoThreads = new() { MaxThreads = 2, SectionBatchBytes = 512 };

    private static byte[] Small(long seed)
    {
        using var stream = new MemoryStream();
        SyntheticJson.Write(SyntheticSize.Small, seed, stream);
        return stream.ToArray();
    }

    [Theory]
    [InlineData(20261231L)]
    [InlineData(7L)]
    public void A_generated_document_loads_the_same_on_two_threads(long seed)
    {
        var bytes = Small(seed);
        var one = PartyOrgDocument.Load(bytes, OneThread);
        var two = PartyOrgDocument.Load(bytes, TwoThreads);
        one.Success.Should().BeTrue();
        two.Success.Should().BeTrue();
        PartyOrgJson.Serialize(two.Document!.Contract).Should().Be(PartyOrgJson.Serialize(one.Document!.Contract));
        var asOf = one.Document!.AsOf ?? new NodaTime.LocalDate(2026, 12, 31);
        var reportOne = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(one.Document.ToComplianceInput(asOf));
        var reportTwo = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(two.Document!.ToComplianceInput(asOf));
        reportTwo.Findings.Select(f => f.ToString()).Should().Equal(reportOne.Findings.Select(f => f.ToString()));
        reportOne.Findings.Should().NotBeEmpty();
    }

    [Fact]
    public void Problems_spread_over_large_sections_come_out_the_same_and_in_the_same_order()
    {
        var text = Encoding.UTF8.GetString(Small(20261231L));
        // Break elements early, in the middle and late in the meetings and members sections (after the worker started).
        var broken = Replace(text, "\"date\":\"2026-", "\"date\":\"2026-13-", 3, 200, 700);
        broken = Replace(broken, "\"status\":\"full\"", "\"status\":\"ful\"", 2, 150, 379);
        broken = Replace(broken, "\"attendees\":[", "\"attendees\":[\"nobody\",", 10, 500);
        var bytes = Encoding.UTF8.GetBytes(broken);
        var one = PartyOrgDocument.Load(bytes, OneThread);
        var two = PartyOrgDocument.Load(bytes, TwoThreads);
        one.Success.Should().BeFalse();
        one.Problems.Count.Should().BeGreaterThanOrEqualTo(8);
        two.Problems.Select(p => p.ToString()).Should().Equal(one.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void When_the_meeting_log_built_on_the_second_thread_fails_its_problems_keep_their_place()
    {
        // The tree is sound, so the compact meeting log is built beside the other sections; an unknown attendee makes
        // it fail, and the meetings' problem must come before those of the sections after them (trainings).
        var text = Encoding.UTF8.GetString(Small(20261231L));
        var broken = Replace(text, "\"attendees\":[", "\"attendees\":[\"nobody\",", 400);
        broken = Replace(broken, "{\"member\":\"m-", "{\"member\":\"x-", Count(broken, "{\"member\":\"m-") - 1);
        var bytes = Encoding.UTF8.GetBytes(broken);
        var one = PartyOrgDocument.Load(bytes, OneThread);
        var two = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { MaxThreads = 2 });

        one.Problems.Select(p => p.Path.Split('[')[0]).Distinct().Should().Equal("$.meetings", "$.trainings");
        two.Problems.Select(p => p.ToString()).Should().Equal(one.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_syntax_error_inside_a_section_read_on_the_worker_gives_the_same_located_problem()
    {
        var text = Encoding.UTF8.GetString(Small(7L));
        var at = Nth(text, "\"date\":\"2026-", 600);
        var bytes = Encoding.UTF8.GetBytes(text.Substring(0, at) + "\"date\":2026-" + text.Substring(at + 8));
        var one = PartyOrgDocument.Load(bytes, OneThread);
        var two = PartyOrgDocument.Load(bytes, TwoThreads);
        one.Problems.Should().ContainSingle().Which.Message.Should().StartWith("not valid JSON at line 1");
        two.Problems.Select(p => p.ToString()).Should().Equal(one.Problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(823)]
    [InlineData(824)]
    public void The_element_limit_is_reported_the_same_with_the_worker(int max)
    {
        var bytes = Small(20261231L);
        var one = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { MaxArrayLength = max });
        var two = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { MaxArrayLength = max, MaxThreads = 2, SectionBatchBytes = 512 });
        two.Success.Should().Be(one.Success);
        two.Problems.Select(p => p.ToString()).Should().Equal(one.Problems.Select(p => p.ToString()));
        if (max <= 400)
        {
            one.Problems.Should().Contain(p => p.Path == "$.members" && p.Message.Contains(max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void Without_the_kept_contract_the_contract_is_made_from_the_domain_objects()
    {
        var bytes = Small(20261231L);
        var kept = PartyOrgDocument.Load(bytes, OneThread).Document!;
        var dropped = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { KeepContract = false, MaxThreads = 2 }).Document!;
        dropped.AsOf.Should().Be(kept.AsOf);
        dropped.ProfileName.Should().Be(kept.ProfileName);
        var fromKept = PartyOrgDocument.Load(Encoding.UTF8.GetBytes(PartyOrgJson.Serialize(kept.Contract)), OneThread).Document!;
        var fromDropped = PartyOrgDocument.Load(Encoding.UTF8.GetBytes(PartyOrgJson.Serialize(dropped.Contract)), OneThread).Document!;
        dropped.Contract.Members!.Count.Should().Be(kept.Contract.Members!.Count);
        dropped.Contract.Meetings!.Count.Should().Be(kept.Contract.Meetings!.Count);
        dropped.Contract.Trainings!.Count.Should().Be(kept.Contract.Trainings!.Count);
        var asOf = kept.AsOf ?? new NodaTime.LocalDate(2026, 12, 31);
        var a = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(fromKept.ToComplianceInput(asOf));
        var b = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(fromDropped.ToComplianceInput(asOf));
        b.Findings.Select(f => f.ToString()).Should().Equal(a.Findings.Select(f => f.ToString()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_thread_count_below_one_is_refused(int threads)
    {
        var act = () => PartyOrgDocument.Load(Small(7L), new PartyOrgLoadOptions { MaxThreads = threads });
        act.Should().Throw<System.ArgumentException>().WithMessage("*MaxThreads*");
    }

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var at = text.IndexOf(what, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + 1, System.StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static int Nth(string text, string what, int n)
    {
        var at = -1;
        for (var i = 0; i <= n; i++)
        {
            at = text.IndexOf(what, at + 1, System.StringComparison.Ordinal);
            at.Should().BeGreaterThanOrEqualTo(0, "the document has {0} occurrences of {1}", n + 1, what);
        }

        return at;
    }

    private static string Replace(string text, string what, string with, params int[] occurrences)
    {
        foreach (var n in occurrences.OrderByDescending(o => o))
        {
            var at = Nth(text, what, n);
            text = text.Substring(0, at) + with + text.Substring(at + what.Length);
        }

        return text;
    }
}
