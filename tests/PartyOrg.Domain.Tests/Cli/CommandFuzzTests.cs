using FluentAssertions;
using PartyOrg.Domain.Tests.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>Every document that loads can be checked by every command without an internal error.</summary>
public sealed class CommandFuzzTests
{
    [Fact]
    public void Commands_OnMutatedLoadableDocuments_NeverFailInternally()
    {
        var documents = LoaderFuzzTests.LoadableMutations(120, 11);
        documents.Should().HaveCountGreaterThan(30);
        foreach (var json in documents)
        {
            foreach (var args in new[]
            {
                new[] { "check", "-", "--format", "json" },
                new[] { "terms", "-", "--format", "json" },
                new[] { "elect", "-", "--format", "json" },
                new[] { "calendar", "-", "--from", "2026-01-01", "--to", "2027-12-31", "--format", "ics" },
            })
            {
                // The documents load, so every command runs: exit 0 or 1 with valid output, nothing on standard error.
                StructuredFuzzTests.AssertWellBehaved(json, args).Should().BeLessThan(2, args[0] + " on " + json);
            }
        }
    }
}
