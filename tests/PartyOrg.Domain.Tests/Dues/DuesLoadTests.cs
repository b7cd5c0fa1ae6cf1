using System.Linq;
using FluentAssertions;
using Xunit;
using static PartyOrg.Domain.Tests.Dues.DuesFixture;

namespace PartyOrg.Domain.Tests.Dues;

/// <summary>Bad dues input: a clear problem with its JSON path, every problem at once, nothing guessed.</summary>
public sealed class DuesLoadTests
{
    [Theory]
    [InlineData("\"base\": \"6500.005\"", "$.dues[0].base: \"6500.005\" is not an amount of money")]
    [InlineData("\"base\": \"6,500\"", "$.dues[0].base: \"6,500\" is not an amount of money")]
    [InlineData("\"base\": \"1e3\"", "$.dues[0].base: \"1e3\" is not an amount of money")]
    [InlineData("\"base\": \" 6500\"", "$.dues[0].base: \" 6500\" is not an amount of money")]
    [InlineData("\"base\": \"-1.00\"", "$.dues[0].base: \"-1.00\" is negative")]
    [InlineData("\"base\": 6500", "$.dues[0].base: expected a decimal string")]
    [InlineData("\"base\": \"6500\", \"paid\": 97.5, \"paidOn\": \"2026-03-01\"", "$.dues[0].paid: expected a decimal string")]
    [InlineData("\"base\": \"6500\", \"voluntary\": \"-5\"", "$.dues[0].voluntary: \"-5\" is negative")]
    [InlineData("\"base\": \"6500\", \"category\": \"pensioner\"", "$.dues[0].category: unknown value \"pensioner\"")]
    [InlineData("\"base\": \"6500\", \"arrangement\": \"yearly\"", "$.dues[0].arrangement: unknown value \"yearly\"")]
    [InlineData("\"base\": \"6500\", \"paid\": \"97.50\"", "$.dues[0].paidOn: an amount is paid but the day it was paid (paidOn) is missing")]
    public void BadRowValues_NameTheirPath(string fields, string expected)
    {
        var json = Document("{ \"member\": \"m-1\", \"month\": \"2026-03\", " + fields + " }");
        Problems(json).Should().ContainSingle().Which.Should().StartWith(expected);
    }

    [Theory]
    [InlineData("2026-3")]
    [InlineData("2026-13")]
    [InlineData("2026-03-01")]
    [InlineData("26-03")]
    [InlineData("2026/03")]
    public void BadMonth_IsAProblem(string month)
    {
        Problems(Document(Row("m-1", month, "6500"))).Should().ContainSingle().Which.Should().StartWith("$.dues[0].month: \"" + month + "\" is not a month; expected yyyy-MM");
    }

    [Fact]
    public void TwoRowsForOneMemberAndMonth_IsAProblem()
    {
        var json = Document(Row("m-1", "2026-03", "6500") + "," + Row("m-2", "2026-03", "6500") + "," + Row("m-1", "2026-03", "6600"));
        Problems(json).Should().ContainSingle().Which.Should().Be(
            "$.dues[2].month: a second row for member \"m-1\" and month 2026-03 (the first is $.dues[0]); the ledger has one row per member and month");
    }

    [Fact]
    public void UnknownCategoryOnAMember_AndUnknownMember_AndMissingBase_AllAtOnce()
    {
        var json = Document(Row("m-77", "2026-03", "6500") + "," + Row("m-1", "2026-04") + "," + Row("m-5", "2026-04"))
            .Replace("\"duesCategory\": \"retired\"", "\"duesCategory\": \"pensioner\"");
        var problems = Problems(json);
        problems.Should().Contain(p => p.StartsWith("$.members[3].duesCategory: unknown value \"pensioner\"", System.StringComparison.Ordinal));
        problems.Should().Contain("$.dues[0].member: no member \"m-77\"");
        problems.Should().Contain(p => p.StartsWith("$.dues[1].base: required for the category salaried", System.StringComparison.Ordinal));
        problems.Should().NotContain(p => p.StartsWith("$.dues[2]", System.StringComparison.Ordinal), "m-5 is a student: the flat categories need no base");
    }

    [Fact]
    public void AMonthBeforeRates_IsAProblem_AMonthBeforeAdmissionIsNot()
    {
        Problems(Document(Row("m-1", "2008-03", "6500"))).Should().ContainSingle().Which.Should().Contain("2008-04");
        Problems(Document(Row("m-1", "2008-04", "6500"))).Should().BeEmpty();
        Problems(Document(Row("m-9", "2025-12", "6500"))).Should().BeEmpty("nothing is due before admission, as the contract says");
    }

    [Fact]
    public void Exemptions_BadShapesAndOverlaps()
    {
        var problems = Problems(Document(Row("m-1", "2026-03", "6500"),
            "{ \"member\": \"m-1\", \"kind\": \"reduced\", \"from\": \"2026-01\" },"
            + "{ \"member\": \"m-1\", \"kind\": \"exempt\", \"from\": \"2026-05\", \"until\": \"2026-04\" },"
            + "{ \"member\": \"m-2\", \"kind\": \"exempt\", \"from\": \"2026-01\", \"approvedBy\": \"nowhere\" },"
            + "{ \"member\": \"m-2\", \"kind\": \"exempt\", \"from\": \"2026-06\", \"until\": \"2026-07\" },"
            + "{ \"member\": \"m-3\", \"kind\": \"waived\", \"from\": \"2026-01\" }"));
        problems.Should().Contain(p => p.StartsWith("$.duesExemptions[0].amount: a reduced arrangement needs", System.StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("$.duesExemptions[1].until: the last month 2026-04 is before", System.StringComparison.Ordinal));
        problems.Should().Contain("$.duesExemptions[2].approvedBy: no organization \"nowhere\"");
        problems.Should().Contain(p => p.StartsWith("$.duesExemptions[3].from: overlaps the arrangement at $.duesExemptions[2]", System.StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("$.duesExemptions[4].kind: unknown value \"waived\"", System.StringComparison.Ordinal));
    }

    [Fact]
    public void GoodMoneyShapes_AreRead()
    {
        var doc = Load(Document(Row("m-1", "2026-03", "6500") + "," + Row("m-1", "2026-04", "6500.5") + "," + Row("m-1", "2026-05", "0006500.00")));
        doc.Dues!.Rows.Select(r => r.Base).Should().Equal(6500m, 6500.5m, 6500m);
        doc.Contract.Dues.Should().HaveCount(3);
    }
}

/// <summary>Writing a document with a ledger and reading it back gives the same ledger, money as strings.</summary>
public sealed class DuesRoundTripTests
{
    [Fact]
    public void WriteThenLoad_KeepsTheLedger()
    {
        var json = Document(Row("m-1", "2026-03", "6500.5", "97.51", "2026-03-10", ", \"voluntary\": \"1000\", \"arrangement\": \"quarterly-with-consent\"") + "," + Row("m-4", "2026-03", "4800"),
            "{ \"member\": \"m-1\", \"kind\": \"reduced\", \"amount\": \"5\", \"from\": \"2026-01\", \"until\": \"2026-06\", \"approvedBy\": \"oc\", \"approvedOn\": \"2025-12-28\" }");
        var doc = Load(json);
        var written = Domain.Json.PartyOrgDocumentWriter.Write(doc.ToComplianceInput(doc.AsOf!.Value));
        written.Should().Contain("\"base\": \"6500.50\"").And.Contain("\"voluntary\": \"1000.00\"").And.Contain("\"duesCategory\": \"retired\"").And.Contain("\"month\": \"2026-03\"");
        var again = Load(written);
        again.Dues!.Rows.Select(r => (r.MemberId, r.Month, r.Base, r.Paid, r.PaidOn, r.Voluntary, r.Arrangement))
            .Should().Equal(doc.Dues!.Rows.Select(r => (r.MemberId, r.Month, r.Base, r.Paid, r.PaidOn, r.Voluntary, r.Arrangement)));
        again.Dues.CategoryOf("m-4").Should().Be(Domain.Dues.DuesCategory.Retired);
        again.Dues.Exemptions.Single().Amount.Should().Be(5m);
    }
}
