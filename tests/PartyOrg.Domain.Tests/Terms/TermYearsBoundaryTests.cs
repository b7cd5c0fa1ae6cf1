using System;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Terms;
using Xunit;

namespace PartyOrg.Domain.Tests.Terms;

/// <summary>The term length's exact bounds: 1 to <see cref="Term.MaxYears"/> for a term, 0 to it for <see cref="Term.ExpiryAfter"/>.</summary>
public sealed class TermYearsBoundaryTests
{
    private static readonly LocalDate Start = new(2024, 3, 15);

    [Fact]
    public void Years_FromOneToTheMaximum_AreAccepted()
    {
        Term.MaxYears.Should().Be(10);
        new Term("b", Start, 1).Years.Should().Be(1);
        new Term("b", Start, 10).Years.Should().Be(10);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Years_OutsideOneToTheMaximum_AreRefused(int years)
    {
        var act = () => new Term("b", Start, years);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years")
            .WithMessage("Term of \"b\" starting 2024-03-15: years must be between 1 and 10.*");
    }

    [Fact]
    public void ExpiryAfter_FromZeroToTheMaximum()
    {
        var term = new Term("b", Start);

        term.ExpiryAfter(0).Should().Be(Start);
        term.ExpiryAfter(10).Should().Be(new LocalDate(2034, 3, 15));
        FluentActions.Invoking(() => term.ExpiryAfter(11)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years").WithMessage("Expected 0 to 10 years.*");
        FluentActions.Invoking(() => term.ExpiryAfter(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years");
    }
}
