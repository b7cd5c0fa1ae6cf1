using System;
using System.Globalization;
using NodaTime;
using PartyOrg.Domain.Regulations;

namespace PartyOrg.Domain.Elections;

/// <summary>
/// 选举规则的数字 — every number the election arithmetic uses: the quorum fraction (超过应到会人数的五分之四), the share of
/// extra candidates in a competitive election (差额不少于20%), the membership from which a delegate congress is the rule
/// (500), the usual and the largest number of delegates (100–200, at most 300) and what the winning half is taken of.
/// The tally reads them instead of literals, so a regulation version or a local rule is a value, not a code change.
/// <see cref="National"/> (the 2020 regulations) and <see cref="Interim1990"/> (before 2020-07-13) are built in;
/// <see cref="InForceOn"/> picks the one in force. An immutable value.
/// </summary>
/// <example>
/// <code>
/// var numbers = ElectionNumbers.National.WithQuorum(2, 3);
/// var outcome = ElectionTally.Tally(input, numbers);
/// </code>
/// </example>
public sealed class ElectionNumbers : IEquatable<ElectionNumbers>
{
    /// <summary>Creates a set of election numbers.</summary>
    /// <param name="quorumNumerator">The quorum fraction's numerator (4 of 五分之四).</param>
    /// <param name="quorumDenominator">The quorum fraction's denominator (5); greater than the numerator.</param>
    /// <param name="extraCandidatePercent">Extra candidates in a competitive election, in percent of the seats, rounded up (20).</param>
    /// <param name="congressMinimumMembers">Members from which a delegate congress is the rule (500, inclusive).</param>
    /// <param name="delegatesUsualMinimum">The usual fewest delegates (100).</param>
    /// <param name="delegatesUsualMaximum">The usual most delegates (200).</param>
    /// <param name="delegatesMaximum">The most delegates allowed (300).</param>
    /// <param name="thresholdBasis">What the winning half is taken of: the entitled voters (2020) or those present (1990).</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of its range (fractions 1–100, members and delegates 1–10,000,000, usual minimum ≤ usual maximum ≤ maximum).</exception>
    public ElectionNumbers(
        int quorumNumerator,
        int quorumDenominator,
        int extraCandidatePercent,
        int congressMinimumMembers,
        int delegatesUsualMinimum,
        int delegatesUsualMaximum,
        int delegatesMaximum,
        ThresholdBasis thresholdBasis)
    {
        QuorumDenominator = Range(quorumDenominator, 1, 100, nameof(quorumDenominator));
        QuorumNumerator = Range(quorumNumerator, 0, quorumDenominator - 1, nameof(quorumNumerator));
        ExtraCandidatePercent = Range(extraCandidatePercent, 0, 100, nameof(extraCandidatePercent));
        CongressMinimumMembers = Range(congressMinimumMembers, 1, MaxCount, nameof(congressMinimumMembers));
        DelegatesMaximum = Range(delegatesMaximum, 1, MaxCount, nameof(delegatesMaximum));
        DelegatesUsualMaximum = Range(delegatesUsualMaximum, 1, delegatesMaximum, nameof(delegatesUsualMaximum));
        DelegatesUsualMinimum = Range(delegatesUsualMinimum, 1, delegatesUsualMaximum, nameof(delegatesUsualMinimum));
        ThresholdBasis = thresholdBasis ?? throw new ArgumentNullException(nameof(thresholdBasis));
    }

    /// <summary>The largest count any election number may take (10,000,000).</summary>
    public const int MaxCount = 10_000_000;

    /// <summary>The 2020 regulations (中国共产党基层组织选举工作条例, in force 2020-07-13): 4/5, 20 %, 500, 100–200 (≤ 300), half of the entitled voters.</summary>
    public static ElectionNumbers National { get; } = new(4, 5, 20, 500, 100, 200, 300, ThresholdBasis.Entitled);

    /// <summary>The 1990 interim regulations (before 2020-07-13): the same numbers, but the winning half is of the voters present (§M7).</summary>
    public static ElectionNumbers Interim1990 { get; } = new(4, 5, 20, 500, 100, 200, 300, ThresholdBasis.Present);

    /// <summary>The quorum fraction's numerator: those present must exceed entitled × numerator / denominator.</summary>
    public int QuorumNumerator { get; }

    /// <summary>The quorum fraction's denominator.</summary>
    public int QuorumDenominator { get; }

    /// <summary>Extra candidates of a competitive election in percent of the seats, rounded up (20: 5 seats need 1 extra, 7 need 2).</summary>
    public int ExtraCandidatePercent { get; }

    /// <summary>Members from which (inclusive) a delegate congress is the rule rather than the general membership meeting.</summary>
    public int CongressMinimumMembers { get; }

    /// <summary>The usual fewest delegates (一般).</summary>
    public int DelegatesUsualMinimum { get; }

    /// <summary>The usual most delegates (一般).</summary>
    public int DelegatesUsualMaximum { get; }

    /// <summary>The most delegates allowed (最多不超过).</summary>
    public int DelegatesMaximum { get; }

    /// <summary>What the winning half is taken of.</summary>
    public ThresholdBasis ThresholdBasis { get; }

    /// <summary>The national numbers in force on <paramref name="date"/>: <see cref="National"/> from 2020-07-13, <see cref="Interim1990"/> before.</summary>
    /// <param name="date">The election date.</param>
    /// <returns>The numbers.</returns>
    public static ElectionNumbers InForceOn(LocalDate date) => date >= Regulation.ElectionRegulations.InForceFrom ? National : Interim1990;

    /// <summary>Whether <paramref name="present"/> exceed the quorum fraction of <paramref name="entitled"/> (present × denominator &gt; entitled × numerator, on integers).</summary>
    /// <param name="present">Those present with voting rights.</param>
    /// <param name="entitled">Those entitled.</param>
    /// <returns>True when quorate.</returns>
    public bool IsQuorate(int present, int entitled) => (long)present * QuorumDenominator > (long)entitled * QuorumNumerator;

    /// <summary>The candidates a competitive election needs: seats + ⌈seats × percent / 100⌉.</summary>
    /// <param name="seats">The seats.</param>
    /// <returns>The fewest candidates.</returns>
    public int CompetitiveCandidates(int seats) => seats + (int)((((long)seats * ExtraCandidatePercent) + 99) / 100);

    /// <summary>entitled × numerator / denominator exactly, as text: a whole number or a decimal (e.g. "32" or "32.8"; thirds as "26.67").</summary>
    /// <param name="entitled">Those entitled.</param>
    /// <returns>The text.</returns>
    public string QuorumOf(int entitled)
    {
        var value = (decimal)entitled * QuorumNumerator / QuorumDenominator;
        return decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>The quorum fraction in words: 五分之四 / 4/5.</summary>
    /// <returns>The text.</returns>
    public LocalizedText QuorumFraction() =>
        new(Chinese(QuorumDenominator) + "分之" + Chinese(QuorumNumerator),
            QuorumNumerator.ToString(CultureInfo.InvariantCulture) + "/" + QuorumDenominator.ToString(CultureInfo.InvariantCulture));

    /// <summary>A copy with another quorum fraction.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator.</param>
    /// <returns>The copy.</returns>
    public ElectionNumbers WithQuorum(int numerator, int denominator) =>
        new(numerator, denominator, ExtraCandidatePercent, CongressMinimumMembers, DelegatesUsualMinimum, DelegatesUsualMaximum, DelegatesMaximum, ThresholdBasis);

    /// <summary>A copy with another share of extra candidates.</summary>
    /// <param name="percent">The percent of the seats.</param>
    /// <returns>The copy.</returns>
    public ElectionNumbers WithExtraCandidatePercent(int percent) =>
        new(QuorumNumerator, QuorumDenominator, percent, CongressMinimumMembers, DelegatesUsualMinimum, DelegatesUsualMaximum, DelegatesMaximum, ThresholdBasis);

    /// <summary>A copy with another congress membership.</summary>
    /// <param name="members">The members from which a congress is the rule.</param>
    /// <returns>The copy.</returns>
    public ElectionNumbers WithCongressMinimumMembers(int members) =>
        new(QuorumNumerator, QuorumDenominator, ExtraCandidatePercent, members, DelegatesUsualMinimum, DelegatesUsualMaximum, DelegatesMaximum, ThresholdBasis);

    /// <summary>A copy with other delegate numbers.</summary>
    /// <param name="usualMinimum">The usual fewest.</param>
    /// <param name="usualMaximum">The usual most.</param>
    /// <param name="maximum">The most allowed.</param>
    /// <returns>The copy.</returns>
    public ElectionNumbers WithDelegates(int usualMinimum, int usualMaximum, int maximum) =>
        new(QuorumNumerator, QuorumDenominator, ExtraCandidatePercent, CongressMinimumMembers, usualMinimum, usualMaximum, maximum, ThresholdBasis);

    /// <inheritdoc />
    public bool Equals(ElectionNumbers? other) =>
        other is not null && QuorumNumerator == other.QuorumNumerator && QuorumDenominator == other.QuorumDenominator
        && ExtraCandidatePercent == other.ExtraCandidatePercent && CongressMinimumMembers == other.CongressMinimumMembers
        && DelegatesUsualMinimum == other.DelegatesUsualMinimum && DelegatesUsualMaximum == other.DelegatesUsualMaximum
        && DelegatesMaximum == other.DelegatesMaximum && ThresholdBasis.Equals(other.ThresholdBasis);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ElectionNumbers n && Equals(n);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var h = QuorumNumerator;
            h = (h * 397) ^ QuorumDenominator;
            h = (h * 397) ^ ExtraCandidatePercent;
            h = (h * 397) ^ CongressMinimumMembers;
            h = (h * 397) ^ DelegatesUsualMinimum;
            h = (h * 397) ^ DelegatesUsualMaximum;
            h = (h * 397) ^ DelegatesMaximum;
            return (h * 397) ^ ThresholdBasis.Value;
        }
    }

    /// <summary>"quorum > 4/5, +20 %, congress ≥ 500, delegates 100–200 (≤ 300), half of entitled".</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "quorum > {0}/{1}, +{2} %, congress ≥ {3}, delegates {4}–{5} (≤ {6}), half of {7}",
        QuorumNumerator, QuorumDenominator, ExtraCandidatePercent, CongressMinimumMembers, DelegatesUsualMinimum, DelegatesUsualMaximum, DelegatesMaximum, ThresholdBasis.Name);

    private static int Range(int value, int min, int max, string name) =>
        value < min || value > max
            ? throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.")
            : value;

    internal static string Chinese(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n < 10)
        {
            return digits[n].ToString();
        }

        if (n < 100)
        {
            var tens = n / 10;
            var units = n % 10;
            return (tens == 1 ? string.Empty : digits[tens].ToString()) + "十" + (units == 0 ? string.Empty : digits[units].ToString());
        }

        return n.ToString(CultureInfo.InvariantCulture);
    }
}
