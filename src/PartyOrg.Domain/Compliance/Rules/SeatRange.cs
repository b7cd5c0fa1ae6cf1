using System;
using System.Collections.Generic;
using System.Globalization;
using PartyOrg.Domain.Organizations;
using PartyOrg.Domain.Regulations;
using static PartyOrg.Domain.Compliance.StructureIndex;

namespace PartyOrg.Domain.Compliance;

/// <summary>Seat counts worded in both languages for the expected and actual values of the composition rules.</summary>
internal static class SeatRange
{
    internal static LocalizedText Range(int min, int max) =>
        new(Text(min) + "至" + Text(max) + "人", Text(min) + "–" + Text(max) + " seats");

    internal static LocalizedText AtLeast(int min) => new("≥ " + Text(min) + "人", "≥ " + Text(min) + " seats");

    internal static LocalizedText AtMost(int max) => new("≤ " + Text(max) + "人", "≤ " + Text(max) + " seats");

    internal static LocalizedText Seats(int seats) => new(Text(seats) + "人", Text(seats) + " seats");

    internal static LocalizedText Deputies(int count, bool atMost) =>
        new((atMost ? "≤ " : string.Empty) + "副书记" + Text(count) + "人", (atMost ? "≤ " : string.Empty) + Text(count) + " deputy secretaries");
}
