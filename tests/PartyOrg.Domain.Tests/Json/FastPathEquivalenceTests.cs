using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using FluentAssertions;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>
/// The bulk sections' fast paths (the meetings scanned by hand, the flat sections from their field tables) read a
/// document exactly as the per-element reader does: the same problems in the same order, the same records and the
/// same contract, whatever the layout, field order, escapes and odd values of the elements.
/// </summary>
public sealed class FastPathEquivalenceTests
{
    private const string Organizations = """
        "organizations":[{"id":"oc","kind":"organ-committee","name":"机关党委"},{"id":"b-1","kind":"branch","name":"一支部","parent":"oc"},
        {"id":"g-1","kind":"party-group","name":"一小组","parent":"b-1"}]
        """;

    private const string Tree = """
        "organizations":[{"id":"oc","kind":"organ-committee","name":"机关党委"},{"id":"b-1","kind":"branch","name":"一支部","parent":"oc"},
        {"id":"g-1","kind":"party-group","name":"一小组","parent":"b-1"}],
        "members":[{"id":"m-1","name":"甲","branch":"b-1","group":"g-1","status":"full"},{"id":"m-2","name":"乙","branch":"b-1","status":"full"},
        {"id":"m-3","name":"丙","branch":"b-1","group":"g-1","status":"full"},{"id":"m-4","name":"丁","branch":"b-1","status":"probationary"}]
        """;

    /// <summary>Each field's values; the first is valid and comes most often, so that many documents load.</summary>
    private static readonly string[][] Values =
    {
        // id
        new[] { "\"mt-{n}\"", "\"mt-{n}\"", "\"mt-{n}\"", "\"m\\u0074-{n}\"", "\"\"", "\" mt-{n}\"", "{n}", "null", "\"mt-1\"", "\"会-{n}\"", "\"mt-{n}\u3000\"", "\"\u3000mt-{n}\"" },
        // organization
        new[] { "\"b-1\"", "\"b-1\"", "\"g-1\"", "\"oc\"", "\"nowhere\"", "\"b\\u002d1\"", "7", "\"\"" },
        // kinds
        new[] { "[\"general-meeting\"]", "[\"general-meeting\"]", "[\"group-meeting\"]", "[\"party-lecture\",\"general-meeting\"]", "[]", "[\"bogus\"]", "\"general-meeting\"", "[\"general-meeting\",\"general-meeting\"]", "[\"committee-meeting\"]" },
        // date
        new[] { "\"2026-03-05\"", "\"2026-03-05\"", "\"2026-11-30\"", "\"2026-02-30\"", "\"2026-3-5\"", "20260305", "\"1899-12-31\"", "\"2026-03-05 \"" },
        // attendees
        new[] { "[\"m-1\",\"m-2\"]", "[\"m-1\",\"m-2\",\"m-3\"]", "[]", "[\"m-1\",\"m-1\"]", "[\"m-9\"]", "[\"m-1\",5]", "[\" m-1\"]", "[\"m\\u002d2\"]", "\"m-1\"" },
        // absences
        new[] { "[{\"member\":\"m-3\",\"reason\":\"illness\"},{\"reason\":\"other\",\"member\":\"m-4\"}]", "[{\"reason\":\"other\",\"member\":\"m-4\"}]", "[]", "[{\"member\":\"m-3\"}]",
            "[{\"member\":\"m-3\",\"reason\":\"illness\",\"note\":\"x\"}]", "[{\"member\":\"m-3\",\"reason\":\"bogus\"}]", "[{\"member\":\"m-1\",\"reason\":\"illness\"}]", "[{}]", "[{\"member\":\"m-4\",\"member\":\"m-3\",\"reason\":\"other\"}]" },
        // lecturer
        new[] { "\"m-1\"", "\"m-9\"", "null", "\"\"" },
        // topic
        new[] { "\"主题\"", "\"  \"", "\"\"", "\"a\\nb\"", "3" },
        // votes
        new[] { "[{\"item\":\"x\",\"for\":2,\"against\":0,\"abstain\":0}]", "[]" },
        // an unknown field
        new[] { "1", "\"x\"" },
    };

    private static readonly string[] Names = { "id", "organization", "kinds", "date", "attendees", "absences", "lecturer", "topic", "votes", "bogus" };

    /// <summary>How often (in 40) each field is there.</summary>
    private static readonly int[] Presence = { 39, 39, 39, 39, 30, 15, 4, 15, 4, 2 };

    private static readonly string[] Space = { string.Empty, string.Empty, string.Empty, " ", "\n", "\t ", "\r\n  " };

    [Fact]
    public void Meetings_read_by_the_fast_path_and_the_per_element_reader_are_the_same() =>
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var text = Document(random);
            var fast = PartyOrgDocument.Parse(text);
            var slow = PartyOrgDocument.Load(Encoding.UTF8.GetBytes(text), new PartyOrgLoadOptions { FastPaths = false });

            MeetingsShouldBeReadAlike(fast, slow, text);
        }, iter: 400);

    [Fact]
    public void Meetings_scanned_on_the_reading_thread_in_batches_are_read_as_by_the_per_element_reader() =>
        Gen.Int.Sample(seed =>
        {
            // Two threads and batches of a few hundred bytes: the meetings' hand scan runs on the reading thread over each
            // batch (always, never, or while the parsing thread is behind), their ids are looked up on the parsing thread;
            // elements that need the per-element reader among them.
            var random = new Random(seed);
            var text = Document(random);
            var bytes = Encoding.UTF8.GetBytes(text);
            var piped = LoadPiped(bytes, seed);
            var slow = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { FastPaths = false });

            MeetingsShouldBeReadAlike(piped, slow, text);
        }, iter: 300);

    [Fact]
    public void Flat_sections_scanned_on_the_reading_thread_in_batches_are_read_as_by_the_per_element_reader() =>
        Gen.Int.Sample(seed =>
        {
            // Two threads and batches of a few hundred bytes: each flat element's hand scan runs on the reading thread
            // (always, never, or while the parsing thread is behind), its ids are looked up in the pool on the parsing
            // thread, first as the id the field named last or the one after it; elements that need the per-element reader
            // among them.
            var random = new Random(seed);
            var text = FlatDocument(random);
            var bytes = Encoding.UTF8.GetBytes(text);
            var piped = LoadPiped(bytes, seed);
            var slow = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { FastPaths = false });

            FlatSectionsShouldBeReadAlike(piped, slow, text);
        }, iter: 300);

    [Fact]
    public void Flat_sections_read_by_the_fast_path_and_the_per_element_reader_are_the_same() =>
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var text = FlatDocument(random);
            var fast = PartyOrgDocument.Parse(text);
            var slow = PartyOrgDocument.Load(Encoding.UTF8.GetBytes(text), new PartyOrgLoadOptions { FastPaths = false });

            FlatSectionsShouldBeReadAlike(fast, slow, text);
        }, iter: 400);

    [Fact]
    public void Members_and_trainings_made_at_once_when_the_contracts_are_not_kept_are_read_as_by_the_per_element_reader() =>
        Gen.Int.Sample(seed =>
        {
            // Without the contracts kept, a plain member or training row is made as the domain's object while it is read
            // (no contract); one the domain refuses, or a member with a dues category, stays a contract. One thread and two (batches, the scan on
            // either thread): the same problems, members and document as the per-element reader's.
            var random = new Random(seed);
            var text = FlatDocument(random);
            var bytes = Encoding.UTF8.GetBytes(text);
            var direct = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { KeepContract = false });
            var piped = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { KeepContract = false, MaxThreads = 2, SectionBatchBytes = 1 + (seed & 511) });
            var slow = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { FastPaths = false, KeepContract = false });
            var kept = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { FastPaths = false });
            foreach (var read in new[] { direct, piped })
            {
                FlatSectionsShouldBeReadAlike(read, slow, text);
                read.Problems.Select(p => p.ToString()).Should().Equal(kept.Problems.Select(p => p.ToString()), text);
                if (read.Success)
                {
                    read.Document!.Tree.Members.Select(m => (m.FullSince, m.Restrictions.Count, m.TemporaryBranchIds.Count))
                        .Should().Equal(slow.Document!.Tree.Members.Select(m => (m.FullSince, m.Restrictions.Count, m.TemporaryBranchIds.Count)));
                    read.Document.Trainings?.Records.Select(t => (t.MemberId, t.Year, t.Hours, t.Note))
                        .Should().Equal(slow.Document.Trainings?.Records.Select(t => (t.MemberId, t.Year, t.Hours, t.Note)));
                }
            }
        }, iter: 400);

    [Fact]
    public void The_flat_generator_gives_members_refused_by_the_domain_and_duplicates()
    {
        // Guards the property above: some documents fail only in the domain (a member's dates, a repeated id).
        var problems = Enumerable.Range(0, 300).SelectMany(seed => PartyOrgDocument.Parse(FlatDocument(new Random(seed))).Problems.Select(p => p.ToString())).ToArray();
        problems.Should().Contain(p => p.Contains("duplicate member id", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("precedes admission", StringComparison.Ordinal));
    }

    [Fact]
    public void Meetings_whose_ids_are_guessed_from_their_organization_s_roster_are_read_as_by_the_per_element_reader() =>
        Gen.Int.Sample(seed =>
        {
            // A branch of 30 members in two groups (every other member), many meetings of each: attendees a subset of the
            // organization's members, mostly in order, sometimes shuffled, now and then a member unknown or named twice;
            // absentees mostly among the others, in order or not. The fast path guesses each id from the roster of the
            // organization's earlier meetings; whatever it guesses, it reads what the per-element reader reads.
            var text = RosterDocument(new Random(seed));
            var bytes = Encoding.UTF8.GetBytes(text);
            var fast = PartyOrgDocument.Load(bytes);
            var slow = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { FastPaths = false });
            MeetingsShouldBeReadAlike(fast, slow, text);
            MeetingsShouldBeReadAlike(LoadPiped(bytes, seed), slow, text);
        }, iter: 150);

    [Fact]
    public void The_roster_generator_makes_documents_that_load()
    {
        // Guards the property above against comparing only problems: most of its documents load.
        var outcomes = Enumerable.Range(0, 50).Count(seed => RosterDocumentLoads(seed));
        outcomes.Should().BeGreaterThan(25);
    }

    private static bool RosterDocumentLoads(int seed) => PartyOrgDocument.Parse(RosterDocument(new Random(seed))).Success;

    private static string RosterDocument(Random random)
    {
        var members = Enumerable.Range(1, 30).Select(i => "{\"id\":\"m-" + i + "\",\"name\":\"甲\",\"branch\":\"b-1\",\"group\":\"g-" + (1 + (i % 2)) + "\",\"status\":\"full\"}");
        var meetings = new List<string>();
        for (var n = 0; n < 40; n++)
        {
            var org = random.Next(3) switch { 0 => "b-1", 1 => "g-1", _ => "g-2" };
            var pool = Enumerable.Range(1, 30).Where(i => org == "b-1" || "g-" + (1 + (i % 2)) == org).ToList();
            var attending = pool.Where(_ => random.Next(5) > 0).ToList();
            var absent = pool.Except(attending).Where(_ => random.Next(2) == 0).ToList();
            if (random.Next(6) == 0)
            {
                attending = attending.OrderBy(_ => random.Next()).ToList();
            }

            if (random.Next(6) == 0)
            {
                absent = absent.OrderBy(_ => random.Next()).ToList();
            }

            var ids = attending.Select(i => "m-" + i).ToList();
            if (random.Next(150) == 0)
            {
                ids.Add(random.Next(2) == 0 ? "m-99" : ids.FirstOrDefault() ?? "m-1");
            }

            var absences = absent.Select(i => "{\"member\":\"m-" + i + "\",\"reason\":\"illness\"}");
            meetings.Add("{\"id\":\"mt-" + n + "\",\"organization\":\"" + org + "\",\"kinds\":[\"" + (org == "b-1" ? "general-meeting" : "group-meeting")
                + "\"],\"date\":\"2026-03-05\",\"attendees\":[" + string.Join(",", ids.Select(i => "\"" + i + "\"")) + "],\"absences\":[" + string.Join(",", absences) + "]}");
        }

        return "{" + Organizations.Replace("]", ",{\"id\":\"g-2\",\"kind\":\"party-group\",\"name\":\"二小组\",\"parent\":\"b-1\"}]", StringComparison.Ordinal)
            + ",\"members\":[" + string.Join(",", members) + "],\"meetings\":[" + string.Join(",", meetings) + "]}";
    }

    /// <summary>
    /// The hand scan takes a string 16 bytes at a time, then 8, then byte by byte near the element's end: an escape, a
    /// raw control character, a non-ASCII character or the closing quote at every offset of strings of the lengths
    /// around those steps, in a meeting's id, topic and attendee, with more or less text after it, is read as by the
    /// per-element reader (a string the scan refuses goes there, with the same problem or value).
    /// </summary>
    [Theory]
    [InlineData("\\n")]
    [InlineData("\\\"")]
    [InlineData("\\u0041")]
    [InlineData("\u0001")]
    [InlineData("\u001f")]
    [InlineData("\t")]
    [InlineData("主")]
    [InlineData(" ")]
    [InlineData("\u007f")]
    public void Strings_with_a_special_character_at_every_offset_are_read_as_by_the_per_element_reader(string special)
    {
        // The lengths around the 8- and 16-byte steps (and the bytes before the string shift it against them).
        foreach (var length in new[] { 0, 1, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33 })
        {
            for (var at = 0; at <= length; at++)
            {
                var text = new string('a', at) + special + new string('b', length - at);
                foreach (var (id, topic, attendee, tail) in new[]
                {
                    ("mt-" + text, "题", "m-1", true),
                    ("mt-1", text, "m-1", true),
                    ("mt-1", text, "m-1", false),
                    ("mt-1", "题", "m-" + text, false),
                })
                {
                    var meeting = $"{{\"id\":\"{id}\",\"organization\":\"b-1\",\"kinds\":[\"general-meeting\"],\"date\":\"2026-03-05\","
                        + (tail ? $"\"topic\":\"{topic}\",\"attendees\":[\"{attendee}\",\"m-2\"]}}" : $"\"attendees\":[\"m-2\",\"{attendee}\"],\"topic\":\"{topic}\"}}");
                    var document = "{" + Tree + ",\"meetings\":[" + meeting + "]}";
                    var fast = PartyOrgDocument.Parse(document);
                    var slow = PartyOrgDocument.Load(Encoding.UTF8.GetBytes(document), new PartyOrgLoadOptions { FastPaths = false });
                    MeetingsShouldBeReadAlike(fast, slow, document);
                }
            }
        }
    }

    /// <summary>The same problems in the same order, and for a document that loads the same meetings and contract.</summary>
    private static void MeetingsShouldBeReadAlike(LoadResult read, LoadResult slow, string text)
    {
        read.Problems.Select(p => p.ToString()).Should().Equal(slow.Problems.Select(p => p.ToString()), text);
        read.Success.Should().Be(slow.Success);
        if (read.Success)
        {
            read.Document!.Meetings!.Records.Should().Equal(slow.Document!.Meetings!.Records, text);
            PartyOrgJson.Serialize(read.Document.Contract).Should().Be(PartyOrgJson.Serialize(slow.Document.Contract), text);
        }
    }

    /// <summary>The same problems in the same order, and for a document that loads the same contract and members.</summary>
    private static void FlatSectionsShouldBeReadAlike(LoadResult read, LoadResult slow, string text)
    {
        read.Problems.Select(p => p.ToString()).Should().Equal(slow.Problems.Select(p => p.ToString()), text);
        read.Success.Should().Be(slow.Success);
        if (read.Success)
        {
            PartyOrgJson.Serialize(read.Document!.Contract).Should().Be(PartyOrgJson.Serialize(slow.Document!.Contract), text);
            read.Document.Tree.Members.Select(m => (m.Id, m.Name, m.Status, m.BranchId, m.GroupId, m.AdmittedOn))
                .Should().Equal(slow.Document.Tree.Members.Select(m => (m.Id, m.Name, m.Status, m.BranchId, m.GroupId, m.AdmittedOn)));
        }
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    [InlineData(true, 2)]
    public void Elections_with_every_field_and_list_read_by_the_fast_path_equal_the_per_element_reader(bool fast, int threads)
    {
        const string Text = """
            {"organizations":[{"id":"oc","kind":"organ-committee","name":"机关党委"},{"id":"b-1","kind":"branch","name":"一支部","parent":"oc"}],
            "members":[{"id":"x-0","branch":"b-1","name":"甲","status":"full"},{"id":"x-1","branch":"b-1","name":"乙","status":"full"},{"id":"x-2","branch":"b-1","name":"丙","status":"full"}],
            "elections":[{"id":"el-0","organization":"b-1","date":"2026-05-15","kind":"general","seats":1,"attended":3,"ballotsIssued":3,"ballotsReturned":3,"candidates":[{"member":"x-0","for":2,"against":1}]},
            { "id" : "el-1", "organization":"b-1","date":"2026-06-15","kind":"general","seats":2,"entitled":3,"attended":3,"voters":3,"ballotsIssued":3,"ballotsReturned":3,
              "candidates":[ {"member":"x-1","for":2,"abstain":1} , {"abstain":0,"member":"x-2","for":2,"against":1} ],"spoiledBallots":0,"method":"uncontested","office":"secretary",
              "assembly":"general-meeting","membersRepresented":3,"congressApproved":false,"secretaryElected":"x-1","deputySecretariesElected":[ "x-2" ],"secretaryApprovedBy":"oc","secretaryApprovedOn":"2026-06-20"},
            {"id":"el-2","organization":"b-1","date":"2026-07-15","kind":"by-election","seats":1,"attended":3,"ballotsIssued":3,"ballotsReturned":3,"candidates":[],"deputySecretariesElected":[],"congressApproved":true}]}
            """;
        var contract = ContractReadAlike(Text, fast, threads);
        contract.Should().Contain("\"abstain\": 1").And.Contain("\"deputySecretariesElected\": [").And.Contain("\"congressApproved\": false");
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    [InlineData(true, 2)]
    public void Applicants_with_every_field_nested_object_and_list_read_by_the_fast_path_equal_the_per_element_reader(bool fast, int threads)
    {
        const string Text = """
            {"organizations":[{"id":"oc","kind":"organ-committee","name":"机关党委"},{"id":"b-1","kind":"branch","name":"一支部","parent":"oc"}],
            "members":[{"id":"x-0","branch":"b-1","name":"甲","status":"full"},{"id":"x-1","branch":"b-1","name":"乙","status":"full"},{"id":"x-2","branch":"b-1","name":"丙","status":"probationary","admitted":"2025-11-15"}],
            "development":[{"id":"ap-1","name":"申请人1","branch":"b-1","birthDate":"2000-01-02","applied":"2024-03-01","talked":"2024-03-10","activist":"2024-06-01","liaisons":["x-0","x-1"],
              "reviews":["2024-12-01","2025-06-01"],"candidate":"2025-06-10","sponsors":["x-0","x-1"],"politicalReview":{"date":"2025-07-01","passed":true},"training":{"days":3,"hours":24.5},
              "preAudit":{"passed":false,"date":"2025-07-05"},"leavingUnitOn":"2025-01-01","publicNotices":[{"stage":"candidate","from":"2025-07-06","to":"2025-07-14"},{"stage":"conversion","from":"2026-11-06","to":"2026-11-14"}],
              "admission":{"meeting":"2025-11-15","entitledVoting":3,"present":3,"for":3,"writtenFor":0},"higherTalk":"2025-11-18","approval":{"by":"oc","date":"2025-11-20","partyGroupDecidedBy":"oc","partyGroupDecidedOn":"2025-11-19"},
              "member":"x-2","probation":{"extension":{"months":6,"meeting":"2026-11-16","approvedOn":"2026-11-20"},"conversion":{"meeting":"2027-05-16","entitledVoting":3,"present":3,"for":3,"writtenFor":0,"approvedOn":"2027-05-20","partyGroupDecidedOn":"2027-05-18"}}},
            { "id" : "ap-2" , "name":"申请人2","branch":"b-1","liaisons":[],"reviews":[ ],"training":{ "hours" : 8 },"publicNotices":[],"admission":{"meeting":"2026-03-01","present":3,"for":3},"probation":{}},
            {"id":"ap-3","name":"申请人3","branch":"b-1","training":{"days":2},"politicalReview":{"date":"2025-07-01","passed":false},"admission":{"meeting":"2026-03-01","present":3,"for":2},
              "probation":{"cancelled":{"meeting":"2026-09-01","approvedOn":"2026-09-05"}}}]}
            """;
        var contract = ContractReadAlike(Text, fast, threads);
        contract.Should().Contain("\"entitledVoting\": 3").And.Contain("\"partyGroupDecidedBy\": \"oc\"").And.Contain("\"hours\": 24.5").And.Contain("\"months\": 6")
            .And.Contain("\"passed\": false").And.Contain("\"reviews\": [").And.Contain("\"cancelled\": {");
    }

    /// <summary>
    /// Reads <paramref name="text"/> (a document that loads) by the per-element reader and as asked (fast path or not, one
    /// thread or two in batches of 64 bytes): the same problems, and the same contract, which is returned.
    /// </summary>
    private static string ContractReadAlike(string text, bool fast, int threads)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var slow = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { FastPaths = false });
        var read = PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { FastPaths = fast, MaxThreads = threads, SectionBatchBytes = threads == 2 ? 64 : 1 << 20 });

        read.Problems.Select(p => p.ToString()).Should().Equal(slow.Problems.Select(p => p.ToString()));
        read.Success.Should().BeTrue(string.Join("\n", read.Problems));
        var contract = PartyOrgJson.Serialize(read.Document!.Contract);
        contract.Should().Be(PartyOrgJson.Serialize(slow.Document!.Contract));
        return contract;
    }

    [Fact]
    public void The_flat_generator_makes_both_valid_and_invalid_documents()
    {
        var outcomes = Enumerable.Range(0, 200).Select(seed => PartyOrgDocument.Parse(FlatDocument(new Random(seed))).Success).ToArray();
        outcomes.Count(x => x).Should().BeInRange(20, 180);
    }

    private static readonly string[][] MemberValues =
    {
        new[] { "\"甲{n}\"", "\"  \"", "\"\\u7532\"", "5", "null" }, // name
        new[] { "\"full\"", "\"probationary\"", "\"fulll\"", "\"Full\"" }, // status
        new[] { "\"2015-07-01\"", "\"2015-02-29\"", "\"2015-7-1\"", "2015" }, // admitted
        new[] { "\"g-1\"", "\"g-9\"", "\"\"", "\"g\\u002d1\"" }, // group
        new[] { "\"2016-07-01\"", "\"2014-01-01\"", "\"2016-02-30\"" }, // fullSince
        new[] { "\"salaried\"", "\"bogus\"" }, // duesCategory
    };

    private static readonly string[][] TrainingValues =
    {
        new[] { "2026", "2026.0", "2.026e3", "-5", "\"2026\"", "3000000000", "1899" }, // year
        new[] { "57.5", "40", "57.25", "1e1", "0", "-1", "10001", "5E-1", "0.50", "null" }, // hours
        new[] { "\"培训\"", "\"\"", "7" }, // note
    };

    private static readonly string[][] ReportValues =
    {
        new[] { "\"secretary-review\"", "\"party-building-briefing\"", "\"bogus\"", "5", "\"secretary\\u002dreview\"" }, // kind
        new[] { "\"b-1\"", "\"oc\"", "\"nowhere\"", "\"b\\u002d1\"", "\" b-1\"", "null" }, // organization
        new[] { "2026", "2026.0", "1899", "2200", "\"2026\"", "-1" }, // year
        new[] { "\"2026-03-01\"", "\"2026-02-30\"", "\"2026-3-1\"", "null" }, // date
        new[] { "\"x-{n}\"", "\"\"", "5", "\"x-99\"" }, // by
        new[] { "\"oc\"", "\"b-1\"", "[\"oc\"]" }, // to
        new[] { "\"good\"", "\"Good\"", "\"fairly-good\"", "null" }, // grade
    };

    /// <summary>An election's fields: name, whether required, values (the first valid).</summary>
    /// <summary>An applicant's fields (the development section): name, whether required, values (the first valid).</summary>
    private static readonly (string Name, bool Required, string[] Values)[] ApplicantValues =
    {
        ("id", true, new[] { "\"ap-{n}\"", "\"\"", "\"ap\\u002d{n}\"", "5", "\"ap-0\"" }),
        ("name", true, new[] { "\"申请人{n}\"", "\"  \"", "7", "null" }),
        ("branch", true, new[] { "\"b-1\"", "\"nowhere\"", "\"oc\"", "\" b-1\"" }),
        ("birthDate", false, new[] { "\"1998-04-10\"", "\"1998-02-30\"", "null" }),
        ("applied", false, new[] { "\"2025-03-01\"", "\"2025-3-1\"" }),
        ("talked", false, new[] { "\"2025-03-20\"", "\"2025-02-20\"" }),
        ("activist", false, new[] { "\"2025-06-01\"", "5" }),
        ("liaisons", false, new[] { "[\"x-0\",\"x-1\"]", "[]", "[\"x-9\"]", "[\"x\\u002d0\"]", "\"x-0\"", "[5]", "[ \"x-0\" ]", "[\"\"]" }),
        ("reviews", false, new[] { "[\"2025-12-01\",\"2026-06-01\"]", "[]", "[\"2025-13-01\"]", "[null]", "\"2025-12-01\"", "[ \"2025-12-01\" ]" }),
        ("candidate", false, new[] { "\"2026-06-10\"", "\"2026-06-31\"" }),
        ("sponsors", false, new[] { "[\"x-0\",\"x-1\"]", "[\"x-0\"]", "[\"x-0\",\"x-0\"]" }),
        ("politicalReview", false, new[]
        {
            "{\"date\":\"2026-07-01\",\"passed\":true}", "{\"date\":\"2026-07-01\",\"passed\":false}", "{\"date\":\"2026-07-01\"}", "{\"passed\":true,\"date\":\"2026-07-01\"}",
            "{\"date\":\"2026-07-01\",\"passed\":\"yes\"}", "{}", "null", "{\"date\":\"2026-07-01\",\"passed\":true,\"x-note\":1}", "[]",
        }),
        ("training", false, new[] { "{\"days\":3}", "{\"hours\":24.5}", "{\"days\":3,\"hours\":24}", "{}", "{\"days\":400}", "{\"hours\":24.25}", "{\"days\":-1}", "{ \"days\" : 3 }" }),
        ("preAudit", false, new[] { "{\"date\":\"2026-07-05\",\"passed\":true}", "{\"date\":\"2026-02-30\",\"passed\":true}", "{\"date\":\"2026-07-05\",\"passed\":true,\"passed\":false}" }),
        ("leavingUnitOn", false, new[] { "\"2026-01-01\"" }),
        ("publicNotices", false, new[]
        {
            "[{\"stage\":\"candidate\",\"from\":\"2026-07-06\",\"to\":\"2026-07-14\"}]", "[]", "[{\"stage\":\"bogus\",\"from\":\"2026-07-06\",\"to\":\"2026-07-14\"}]",
            "[{\"stage\":\"candidate\",\"from\":\"2026-07-06\"}]", "[{\"stage\":\"candidate\",\"from\":\"2026-07-06\",\"to\":\"2026-07-14\"},{\"stage\":\"conversion\",\"from\":\"2027-07-06\",\"to\":\"2027-07-14\"}]",
        }),
        ("admission", false, new[]
        {
            "{\"meeting\":\"2026-07-20\",\"present\":3,\"for\":3}", "{\"meeting\":\"2026-07-20\",\"entitledVoting\":3,\"present\":3,\"for\":2,\"writtenFor\":0}",
            "{\"meeting\":\"2026-07-20\",\"entitledVoting\":0,\"present\":3,\"for\":3}", "{\"meeting\":\"2026-07-20\",\"present\":3}", "{\"meeting\":\"2026-07-20\",\"present\":3,\"for\":4}",
        }),
        ("higherTalk", false, new[] { "\"2026-07-25\"" }),
        ("approval", false, new[]
        {
            "{\"by\":\"oc\",\"date\":\"2026-07-28\"}", "{\"by\":\"oc\",\"date\":\"2026-07-28\",\"partyGroupDecidedBy\":\"oc\",\"partyGroupDecidedOn\":\"2026-07-27\"}",
            "{\"by\":\"nowhere\",\"date\":\"2026-07-28\"}", "{\"by\":\"oc\"}", "{\"by\":\"o\\u0063\",\"date\":\"2026-07-28\"}",
        }),
        ("member", false, new[] { "\"x-{n}\"", "\"x-9\"", "\"\"" }),
        ("probation", false, new[]
        {
            "{\"conversion\":{\"meeting\":\"2027-07-30\",\"present\":3,\"for\":3,\"approvedOn\":\"2027-08-05\"}}", "{}", "{\"extension\":{\"months\":6,\"meeting\":\"2027-07-30\"}}",
            "{\"extension\":{\"months\":0,\"meeting\":\"2027-07-30\"}}", "{\"cancelled\":{\"meeting\":\"2027-07-30\"}}", "{\"conversion\":{\"meeting\":\"2027-07-30\",\"present\":3}}",
            "{\"conversion\":{\"meeting\":\"2027-07-30\",\"present\":3,\"for\":3,\"entitledVoting\":3,\"writtenFor\":1,\"partyGroupDecidedOn\":\"2027-07-29\"},\"extension\":{\"months\":6,\"meeting\":\"2026-07-30\",\"approvedOn\":\"2026-08-01\"}}",
            "{\"extension\":{\"months\":6,\"meeting\":\"2027-07-30\",\"bogus\":1}}",
        }),
    };

    private static readonly (string Name, bool Required, string[] Values)[] ElectionValues =
    {
        ("id", true, new[] { "\"el-{n}\"", "\"\"", "\"el\\u002d{n}\"", "5", "\"el-0\"" }),
        ("organization", true, new[] { "\"b-1\"", "\"nowhere\"", "\" b-1\"" }),
        ("date", true, new[] { "\"2026-05-15\"", "\"2026-02-30\"", "null" }),
        ("kind", true, new[] { "\"general\"", "\"by-election\"", "\"bogus\"" }),
        ("seats", true, new[] { "1", "0", "\"1\"", "1.5" }),
        ("attended", true, new[] { "5", "-1", "6" }),
        ("ballotsIssued", true, new[] { "5", "7" }),
        ("ballotsReturned", true, new[] { "5", "4", "9" }),
        ("candidates", true, new[]
        {
            "[{\"member\":\"x-0\",\"for\":3,\"against\":1,\"abstain\":1}]", "[]", "[{\"member\":\"x-0\"}]", "[{\"member\":\"x-0\",\"for\":5,\"extra\":1}]",
            "[{\"member\":\"x-0\",\"for\":4},{\"abstain\":1,\"member\":\"x-1\",\"for\":1}]", "[{\"member\":\"x-0\",\"for\":3},{\"member\":\"x-0\",\"for\":2}]",
            "\"x-0\"", "[null]", "[{\"member\":\"x\\u002d0\",\"for\":1}]", "[{\"member\":\"x-0\",\"for\":1,\"for\":2}]", "[{\"member\":\"x-9\",\"for\":5}]",
            "[ { \"member\" : \"x-0\" , \"for\" : 5 } ]",
        }),
        ("entitled", false, new[] { "6", "-2" }),
        ("voters", false, new[] { "5", "null" }),
        ("spoiledBallots", false, new[] { "0", "9" }),
        ("method", false, new[] { "\"uncontested\"", "\"competitive\"", "\"Uncontested\"" }),
        ("office", false, new[] { "\"secretary\"", "\"committee-member\"", "\"boss\"" }),
        ("assembly", false, new[] { "\"general-meeting\"", "\"committee-meeting\"", "[]" }),
        ("membersRepresented", false, new[] { "10", "1e1" }),
        ("congressApproved", false, new[] { "true", "false", "\"yes\"", "null", "tru" }),
        ("secretaryElected", false, new[] { "\"x-0\"", "\"x-9\"", "\"\"" }),
        ("deputySecretariesElected", false, new[] { "[]", "[\"x-1\"]", "[\"x-1\",\"x-1\"]", "[\"x\\u002d1\"]", "[5]", "\"x-1\"", "[\"x-1\",\"x-0\"]", "[\"\"]", "[ \"x-1\" ]" }),
        ("secretaryApprovedBy", false, new[] { "\"oc\",\"secretaryApprovedOn\":\"2026-05-23\"", "\"b-1\",\"secretaryApprovedOn\":\"2026-05-23\"", "\"oc\"", "\"oc\",\"secretaryApprovedOn\":\"2026-13-01\"" }),
    };

    private static readonly string[][] TermValues =
    {
        new[] { "\"b-1\"", "\"oc\"", "\"nowhere\"", "\"b\\u002d1\"", "7" }, // organization
        new[] { "\"2024-08-1{n}\"", "\"2024-02-30\"", "\"1899-12-31\"", "null", "\"2024-08-10\"" }, // start
        new[] { "5", "3", "0", "6", "5.0", "\"5\"" }, // years
    };

    /// <summary>The names of the optional report fields, in the order of their values after the required four.</summary>
    private static readonly string[] ReportOptional = { "by", "to", "grade" };

    /// <summary>
    /// Loads on two threads in batches of 1 to 512 bytes, the reading thread preparing batches as balanced, never or
    /// always (all three chosen by <paramref name="seed"/>).
    /// </summary>
    private static LoadResult LoadPiped(byte[] bytes, int seed)
    {
        var prepare = (seed & 1536) switch { 0 => (bool?)null, 512 => false, _ => true };
        return PartyOrgDocument.Load(bytes, new PartyOrgLoadOptions { MaxThreads = 2, SectionBatchBytes = 1 + (seed & 511), PrepareBatches = prepare });
    }

    /// <summary>A small document of meetings, some plain, some not (other tests mutate it).</summary>
    internal static string MeetingsDocument(Random random) => Document(random);

    /// <summary>A small document of members and trainings, some plain, some not (other tests mutate it).</summary>
    internal static string FlatSectionsDocument(Random random) => FlatDocument(random);

    private static string FlatDocument(Random random)
    {
        string Pick(string[] values, int n) => values[random.Next(5) == 0 ? random.Next(values.Length) : 0].Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var members = new List<string>();
        var trainings = new List<string>();
        var reports = new List<string>();
        var terms = new List<string>();
        var elections = new List<string>();
        var applicants = new List<string>();
        var others = random.Next(2) == 0; // half the documents have elections, terms, reports and applicants too
        for (var n = 0; n < 1 + random.Next(4); n++)
        {
            // Now and then an id repeated (a duplicate the mapper reports whichever way its members were made).
            var id = random.Next(10) == 0 ? 0 : n;
            var fields = new List<string> { "\"id\":\"x-" + id + "\"", "\"branch\":\"b-1\"", "\"name\":" + Pick(MemberValues[0], n), "\"status\":" + Pick(MemberValues[1], n) };
            if (random.Next(2) == 0)
            {
                fields.Add("\"admitted\":" + Pick(MemberValues[2], n));
            }

            if (random.Next(3) == 0)
            {
                // Valid, or refused by the domain (before the admission; a probationary member's full-membership date).
                fields.Add("\"fullSince\":" + Pick(MemberValues[4], n));
            }

            if (random.Next(4) == 0)
            {
                fields.Add("\"duesCategory\":" + Pick(MemberValues[5], n));
            }

            if (random.Next(3) == 0)
            {
                fields.Add("\"group\":" + Pick(MemberValues[3], n));
            }

            members.Add(S(random) + "{" + string.Join(",", (random.Next(3) == 0 ? fields.OrderBy(_ => random.Next()).ToList() : fields).Select(f => S(random) + f.Replace(":", S(random) + ":" + S(random)) + S(random))) + "}");
            var training = new List<string> { "\"member\":\"x-" + n + "\"", "\"year\":" + Pick(TrainingValues[0], n), "\"hours\":" + Pick(TrainingValues[1], n) };
            if (random.Next(3) == 0)
            {
                training.Add("\"note\":" + Pick(TrainingValues[2], n));
            }

            trainings.Add("{" + string.Join("," + S(random), training) + "}");
            if (!others)
            {
                continue;
            }

            if (random.Next(4) == 0)
            {
                // An applicant: its required fields and some optional ones, nested objects and lists (each valid 7 times in 8).
                applicants.Add(Element(random, ApplicantValues, n, wrong: 8, optional: 3));
            }

            if (random.Next(4) == 0)
            {
                // An election: its required fields, some optional ones, lists of candidates and deputies (each valid 5 times in 6).
                elections.Add(Element(random, ElectionValues, n, wrong: 6, optional: 6));
                continue;
            }

            if (random.Next(2) == 0)
            {
                // A term: plain, or with a value the domain or the reader refuses, or with an adjustment (a nested object).
                string TermValue(int field) => TermValues[field][random.Next(6) == 0 ? random.Next(TermValues[field].Length) : 0].Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var term = new List<string> { "\"organization\":" + TermValue(0), "\"start\":" + TermValue(1) };
                if (random.Next(2) == 0)
                {
                    term.Add("\"years\":" + TermValue(2));
                }

                if (random.Next(6) == 0)
                {
                    term.Add("\"adjustment\":{\"kind\":\"postpone\",\"until\":\"2030-01-01\"}");
                }

                terms.Add(S(random) + "{" + string.Join("," + S(random), random.Next(3) == 0 ? term.OrderBy(_ => random.Next()).ToList() : term) + "}");
                continue;
            }

            // A report's value is its field's first (valid) one 7 times in 8 (four are required: most reports load).
            string Value(int field) => ReportValues[field][random.Next(8) == 0 ? random.Next(ReportValues[field].Length) : 0].Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var report = new List<string> { "\"kind\":" + Value(0), "\"organization\":" + Value(1), "\"year\":" + Value(2), "\"date\":" + Value(3) };
            for (var f = 4; f < ReportValues.Length; f++)
            {
                if (random.Next(3) == 0)
                {
                    report.Add("\"" + ReportOptional[f - 4] + "\":" + Value(f));
                }
            }

            if (random.Next(20) == 0)
            {
                report.Add(random.Next(2) == 0 ? "\"year\":2025" : "\"extra\":1"); // a field given twice, a field the contract has not
            }

            reports.Add(S(random) + "{" + string.Join("," + S(random), random.Next(3) == 0 ? report.OrderBy(_ => random.Next()).ToList() : report) + "}");
        }

        return "{" + Organizations + ",\"members\":[" + string.Join(",", members) + "],\"trainings\":[" + string.Join(",", trainings) + "],\"reports\":[" + string.Join(",", reports) + "],\"terms\":[" + string.Join(",", terms) + "],\"elections\":[" + string.Join(",", elections) + "],\"development\":[" + string.Join(",", applicants) + "]}";
    }

    [Fact]
    public void The_generator_makes_both_valid_and_invalid_documents_and_the_fast_path_takes_some()
    {
        // Guards the property above against testing only one side: over these seeds some documents load, some do not.
        var outcomes = Enumerable.Range(0, 200).Select(seed => PartyOrgDocument.Parse(Document(new Random(seed))).Success).ToArray();
        outcomes.Count(x => x).Should().BeInRange(20, 180);
    }

    private static string Document(Random random)
    {
        var meetings = new List<string>();
        var count = 1 + random.Next(4);
        for (var n = 0; n < count; n++)
        {
            var fields = new List<string>();
            for (var f = 0; f < Names.Length; f++)
            {
                // A value is the first (valid) one 6 times in 7.
                if (random.Next(40) < Presence[f])
                {
                    var value = Values[f][random.Next(7) == 0 ? random.Next(Values[f].Length) : 0].Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    fields.Add(S(random) + "\"" + Names[f] + "\"" + S(random) + ":" + S(random) + value + S(random));
                }
            }

            if (random.Next(12) == 0)
            {
                fields.Add("\"date\":\"2026-03-06\""); // a field given twice
            }

            var shuffled = random.Next(3) == 0 ? fields.OrderBy(_ => random.Next()).ToList() : fields;
            meetings.Add(S(random) + "{" + string.Join(",", shuffled) + "}" + S(random));
        }

        return "{" + Tree + ",\"meetings\":[" + string.Join(",", meetings) + "]}";
    }

    /// <summary>
    /// An element of <paramref name="table"/>: its required fields and each optional one once in <paramref name="optional"/>;
    /// each value its field's first (valid) one but once in <paramref name="wrong"/> (then any of them, "{n}" replaced by
    /// <paramref name="n"/>); the fields in the table's order but once in three, white space between them now and then.
    /// </summary>
    private static string Element(Random random, (string Name, bool Required, string[] Values)[] table, int n, int wrong, int optional)
    {
        var fields = new List<string>();
        foreach (var (name, required, values) in table)
        {
            if (required || random.Next(optional) == 0)
            {
                fields.Add("\"" + name + "\":" + S(random) + values[random.Next(wrong) == 0 ? random.Next(values.Length) : 0].Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return S(random) + "{" + string.Join("," + S(random), random.Next(3) == 0 ? fields.OrderBy(_ => random.Next()).ToList() : fields) + "}";
    }

    private static string S(Random random) => Space[random.Next(Space.Length)];
}
