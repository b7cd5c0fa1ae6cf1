using System;
using System.Linq;
using CsCheck;
using FluentAssertions;
using PartyOrg.Domain.Internal;
using Xunit;

namespace PartyOrg.Domain.Tests;

/// <summary>
/// <see cref="Guard.Id"/>'s quick accept agrees with its definition: refused when blank or when trimming changes it;
/// <see cref="Guard.NotBlank"/>'s likewise: refused exactly when trimming leaves nothing.
/// </summary>
public sealed class GuardIdTests
{
    // Spaces of several kinds (ASCII, ideographic, no-break, next-line, tab), a zero-width space (not white space) and letters.
    private const string Alphabet = " \u3000\u00A0\u0085\t\u200Ba支";

    [Fact]
    public void An_id_is_refused_exactly_when_it_is_blank_or_has_white_space_at_an_end() =>
        Gen.Int[0, Alphabet.Length - 1].Array[0, 5].Select(picks => new string(picks.Select(p => Alphabet[p]).ToArray())).Sample(id =>
        {
            var act = () => Guard.Id(id, "id");
            if (id.Trim().Length == 0)
            {
                act.Should().Throw<ArgumentException>().WithMessage("Expected a non-empty value.*");
            }
            else if (id.Trim().Length != id.Length)
            {
                act.Should().Throw<ArgumentException>().WithMessage("*leading or trailing white space*");
            }
            else
            {
                act().Should().BeSameAs(id);
            }
        }, iter: 2000);

    [Fact]
    public void A_null_id_is_refused_as_null() =>
        FluentActions.Invoking(() => Guard.Id(null, "id")).Should().Throw<ArgumentNullException>().WithParameterName("id");

    [Fact]
    public void A_value_is_blank_exactly_when_trimming_leaves_nothing() =>
        Gen.Int[0, Alphabet.Length - 1].Array[0, 5].Select(picks => new string(picks.Select(p => Alphabet[p]).ToArray())).Sample(value =>
        {
            var act = () => Guard.NotBlank(value, "value");
            if (value.Trim().Length == 0)
            {
                act.Should().Throw<ArgumentException>().WithMessage("Expected a non-empty value.*");
            }
            else
            {
                act().Should().BeSameAs(value);
            }
        }, iter: 2000);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u3000\t")]
    public void A_blank_value_is_refused(string value) =>
        FluentActions.Invoking(() => Guard.NotBlank(value, "value")).Should().Throw<ArgumentException>().WithParameterName("value");
}
