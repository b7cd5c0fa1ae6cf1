using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;

namespace PartyOrg.Domain.Tests.Dues;

/// <summary>A small organ with a dues ledger, written as a JSON document.</summary>
internal static class DuesFixture
{
    /// <summary>Members m-1..m-4 in b-1 (m-4 retired), m-5 a student in b-1, m-9 admitted 2026-02-15; oc approves.</summary>
    internal static string Document(string dues, string exemptions = "", string asOf = "2026-11-22", string meetings = "")
    {
        var sections = "\"dues\": [" + dues + "]" + (exemptions.Length > 0 ? ", \"duesExemptions\": [" + exemptions + "]" : string.Empty)
            + (meetings.Length > 0 ? ", \"meetings\": [" + meetings + "]" : string.Empty);
        return "{ \"asOf\": \"" + asOf + "\", \"organizations\": ["
            + "{ \"id\": \"wc\", \"kind\": \"working-committee\", \"name\": \"工委\" },"
            + "{ \"id\": \"oc\", \"kind\": \"organ-committee\", \"name\": \"机关党委\", \"parent\": \"wc\" },"
            + "{ \"id\": \"b-1\", \"kind\": \"branch\", \"name\": \"第一党支部\", \"parent\": \"oc\", \"form\": \"regular\" } ],"
            + "\"members\": ["
            + "{ \"id\": \"m-1\", \"name\": \"甲\", \"branch\": \"b-1\", \"status\": \"full\", \"admitted\": \"2000-01-01\", \"fullSince\": \"2001-01-01\" },"
            + "{ \"id\": \"m-2\", \"name\": \"乙\", \"branch\": \"b-1\", \"status\": \"full\", \"admitted\": \"2000-01-01\", \"fullSince\": \"2001-01-01\" },"
            + "{ \"id\": \"m-3\", \"name\": \"丙\", \"branch\": \"b-1\", \"status\": \"full\", \"admitted\": \"2000-01-01\", \"fullSince\": \"2001-01-01\", \"duesCategory\": \"farmer\" },"
            + "{ \"id\": \"m-4\", \"name\": \"丁\", \"branch\": \"b-1\", \"status\": \"full\", \"admitted\": \"2000-01-01\", \"fullSince\": \"2001-01-01\", \"duesCategory\": \"retired\" },"
            + "{ \"id\": \"m-5\", \"name\": \"戊\", \"branch\": \"b-1\", \"status\": \"full\", \"admitted\": \"2000-01-01\", \"fullSince\": \"2001-01-01\", \"duesCategory\": \"student\" },"
            + "{ \"id\": \"m-9\", \"name\": \"己\", \"branch\": \"b-1\", \"status\": \"probationary\", \"admitted\": \"2026-02-15\" } ],"
            + sections + " }";
    }

    /// <summary>One ledger row.</summary>
    internal static string Row(string member, string month, string? monthlyBase = null, string? paid = null, string? paidOn = null, string extra = "") =>
        "{ \"member\": \"" + member + "\", \"month\": \"" + month + "\""
        + (monthlyBase is null ? string.Empty : ", \"base\": \"" + monthlyBase + "\"")
        + (paid is null ? string.Empty : ", \"paid\": \"" + paid + "\"")
        + (paidOn is null ? string.Empty : ", \"paidOn\": \"" + paidOn + "\"")
        + extra + " }";

    internal static PartyOrgDocument Load(string json)
    {
        var result = PartyOrgDocument.Parse(json);
        result.Problems.Should().BeEmpty();
        return result.Document!;
    }

    internal static IReadOnlyList<Finding> Findings(string json, string? ruleId = null, LocalDate? asOf = null)
    {
        var doc = Load(json);
        var date = asOf ?? doc.AsOf!.Value;
        var input = doc.ToComplianceInput(date, new DateInterval(new LocalDate(2020, 1, 1), date));
        var report = new ComplianceChecker(ComplianceProfile.StateOrgans).Check(input);
        return report.Findings.Where(f => ruleId is null ? f.RuleId.StartsWith("DUES-", System.StringComparison.Ordinal) : f.RuleId == ruleId).ToArray();
    }

    internal static IReadOnlyList<string> Problems(string json) =>
        PartyOrgDocument.Parse(json).Problems.Select(p => p.ToString()).ToArray();
}
