using System;

namespace PartyOrg.Domain.Internal;

internal static class Languages
{
    internal static bool IsChinese(string? language) =>
        language is not null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
