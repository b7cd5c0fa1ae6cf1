using System;
using System.IO;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>Locates files of the repository (docs/, src/) from the test output folder.</summary>
internal static class RepoFiles
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PartyOrg.Domain.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("PartyOrg.Domain.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string PathOf(params string[] parts) => Path.Combine(Root, Path.Combine(parts));
}
