using System.Linq;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Development;
using Xunit;
using static PartyOrg.Domain.Tests.Development.DevelopmentFixture;

namespace PartyOrg.Domain.Tests.Development;

/// <summary>The intervals of the relationship rules are profile parameters: a local value moves each boundary.</summary>
public sealed class RelationParameterTests
{
    private static LocalDate D(string text) => LocalDate.FromDateTime(System.DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(6, "2026-07-09", false)]
    [InlineData(6, "2026-07-10", true)]
    [InlineData(3, "2026-04-09", false)]
    [InlineData(3, "2026-04-10", true)]
    public void LostContactMonths(int months, string asOf, bool finding)
    {
        var profile = ComplianceProfile.StateOrgans.WithParameter(DevelopmentParameters.LostContactMonths, months);
        var relations = MemberRelations.Create(Tree(), null, null, new[] { new LostContact("m-4", new LocalDate(2026, 1, 10)) });
        Ids(Check(profile, Tree(), D(asOf), relations)).Contains("MEM-LOST-CONTACT-6M").Should().Be(finding);
    }

    [Theory]
    [InlineData(2, "2028-07-31", false)]
    [InlineData(2, "2028-08-01", true)]
    [InlineData(1, "2027-07-31", false)]
    [InlineData(1, "2027-08-01", true)]
    public void LostContactRemovalYears(int years, string asOf, bool finding)
    {
        var profile = ComplianceProfile.StateOrgans.WithParameter(DevelopmentParameters.LostContactRemovalYears, years);
        var relations = MemberRelations.Create(Tree(), null, null, new[] { new LostContact("m-4", new LocalDate(2026, 1, 10), new LocalDate(2026, 8, 1)) });
        Ids(Check(profile, Tree(), D(asOf), relations)).Contains("MEM-LOST-CONTACT-REMOVAL-2Y").Should().Be(finding);
    }

    [Theory]
    [InlineData(6, "2026-09-29", false)] // 31 March + 6 months = 30 September
    [InlineData(6, "2026-09-30", true)]
    [InlineData(12, "2027-03-30", false)]
    [InlineData(12, "2027-03-31", true)]
    public void TransferRequiredMonths(int months, string asOf, bool finding)
    {
        var profile = ComplianceProfile.StateOrgans.WithParameter(DevelopmentParameters.TransferRequiredMonths, months);
        var relations = MemberRelations.Create(Tree(), null, new[] { new MemberOutflow("m-3", new LocalDate(2026, 3, 31), null, "深圳", true) }, null);
        Ids(Check(profile, Tree(), D(asOf), relations)).Contains("MEM-TRANSFER-REQUIRED").Should().Be(finding);
    }
}
