using Xunit;

namespace PartyOrg.Domain.Tests.PublicApi;

/// <summary>
/// Approved public API of the shipped assemblies. On a deliberate change run
/// <c>bash tests/accept-api.sh</c> (or the tests with <c>PARTYORG_ACCEPT_API=1</c>) and review the diff.
/// Add one fact per assembly (e.g. PartyOrg.Domain.Json) with its own approved file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PartyOrg_Domain_public_API_is_approved() =>
        ApprovedApi.Verify(typeof(PartyOrg.Domain.Compliance.Severity).Assembly, "PartyOrg.Domain");

    [Fact]
    public void PartyOrg_Domain_Json_public_API_is_approved() =>
        ApprovedApi.Verify(typeof(PartyOrg.Domain.Json.PartyOrgDocument).Assembly, "PartyOrg.Domain.Json");
}
