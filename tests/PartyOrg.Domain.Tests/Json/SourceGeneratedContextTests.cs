using System;
using System.Linq;
using FluentAssertions;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Json.Contracts;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>Serialization goes through source-generated metadata (trimmable, Native AOT): no contract type may be left out of the context.</summary>
public class SourceGeneratedContextTests
{
    [Fact]
    public void EveryContractType_HasSourceGeneratedMetadata()
    {
        var contracts = typeof(InputDocument).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(InputDocument).Namespace && t.IsClass && !t.IsAbstract)
            .ToArray();
        contracts.Should().Contain(typeof(CheckReportContract));

        contracts.Where(t => PartyOrgJsonContext.Default.GetTypeInfo(t) is null)
            .Select(t => t.Name)
            .Should().BeEmpty("each needs [JsonSerializable(typeof(…))] on PartyOrgJsonContext");
    }

    [Fact]
    public void CreateOptions_ResolvesTypesFromTheGeneratedContext()
    {
        PartyOrgJson.CreateOptions().TypeInfoResolver.Should().BeSameAs(PartyOrgJsonContext.Default);
    }

    [Fact]
    public void Serialize_ANonContractType_IsRefusedRatherThanReflected()
    {
        Action act = () => PartyOrgJson.Serialize(new Uri("https://example.org/"));

        act.Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void Serialize_AContract_UsesTheContractSpelling()
    {
        var text = PartyOrgJson.Serialize(new TextContract { Chinese = "中文", English = "English" });

        text.Should().Be("{\n  \"zh-CN\": \"中文\",\n  \"en\": \"English\"\n}\n");
    }
}
