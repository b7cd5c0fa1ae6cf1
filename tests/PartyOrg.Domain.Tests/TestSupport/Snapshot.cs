using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using FluentAssertions;
using PartyOrg.Domain.Tests.Json;

namespace PartyOrg.Domain.Tests.TestSupport;

/// <summary>
/// Approved text snapshots of domain results: every public property, recursively, in name order. After a deliberate
/// change run the tests with PARTYORG_ACCEPT_SNAPSHOTS=1 and review the diff of the *.approved.txt file.
/// </summary>
internal static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the approved file (relative to the repository root), or writes it when accepting.</summary>
    internal static void Verify(string actual, params string[] approvedPath)
    {
        var file = RepoFiles.PathOf(approvedPath);
        if (Environment.GetEnvironmentVariable("PARTYORG_ACCEPT_SNAPSHOTS") == "1" || !File.Exists(file))
        {
            File.WriteAllText(file, actual, new UTF8Encoding(false));
        }

        actual.Should().Be(File.ReadAllText(file, Encoding.UTF8).Replace("\r\n", "\n"));
    }

    internal static void Dump(StringBuilder sb, object? value, int depth)
    {
        var indent = new string(' ', depth * 2);
        foreach (var p in value!.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var v = p.GetValue(value);
            if (Scalar(v, out var text))
            {
                sb.Append(indent).Append(p.Name).Append(": ").Append(text).Append('\n');
            }
            else if (v is IEnumerable list)
            {
                var i = 0;
                foreach (var item in list)
                {
                    if (Scalar(item, out var itemText))
                    {
                        sb.Append(indent).Append(p.Name).Append('[').Append(i).Append("]: ").Append(itemText).Append('\n');
                    }
                    else
                    {
                        sb.Append(indent).Append(p.Name).Append('[').Append(i).Append("]:\n");
                        if (depth < 4)
                        {
                            Dump(sb, item, depth + 1);
                        }
                    }

                    i++;
                }
            }
            else if (depth < 4)
            {
                sb.Append(indent).Append(p.Name).Append(":\n");
                Dump(sb, v, depth + 1);
            }
        }
    }

    /// <summary>Domain values of the tally dumped property by property (not by their one-line ToString).</summary>
    private static bool Complex(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.Name.StartsWith("SmartEnum", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return type.Name != "Regulation" && type.Namespace is "PartyOrg.Domain.Elections" or "PartyOrg.Domain.Regulations" or "PartyOrg.Domain.Terms";
    }

    private static bool Scalar(object? v, out string text)
    {
        switch (v)
        {
            case null:
                text = "null";
                return true;
            case string s:
                text = s.Replace("\n", "\\n");
                return true;
            case bool b:
                text = b ? "true" : "false";
                return true;
            case NodaTime.DateInterval d:
                text = d.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + "/" + d.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
                return true;
            case IFormattable f:
                text = f.ToString(null, CultureInfo.InvariantCulture);
                return true;
            case IEnumerable:
                text = string.Empty;
                return false;
            default:
                var type = v.GetType();
                if (Complex(type))
                {
                    text = string.Empty;
                    return false;
                }

                var declared = type.GetMethod("ToString", Type.EmptyTypes)!.DeclaringType;
                if (type.IsEnum || (declared != typeof(object) && declared != typeof(ValueType)))
                {
                    text = v.ToString()!;
                    return true;
                }

                text = string.Empty;
                return false;
        }
    }
}
