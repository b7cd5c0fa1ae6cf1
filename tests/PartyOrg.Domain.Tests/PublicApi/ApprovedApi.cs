using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using PublicApiGenerator;
using Xunit.Sdk;

namespace PartyOrg.Domain.Tests.PublicApi;

/// <summary>
/// Approved-public-API check. The generated API of an assembly is compared with
/// <c>PublicApi/&lt;name&gt;.approved.txt</c>; on mismatch <c>&lt;name&gt;.received.txt</c> is written beside it
/// and the test fails with a diff. To accept: <c>bash tests/accept-api.sh</c>, or run the tests with
/// <c>PARTYORG_ACCEPT_API=1</c> to (re)write the approved files; that run still fails, so the change is reviewed and run again.
/// </summary>
internal static class ApprovedApi
{
    private const int MaxDiffLines = 200;
    private const int ContextLines = 3;

    public static void Verify(Assembly assembly, string name, [CallerFilePath] string callerFilePath = "")
    {
        var options = new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            ExcludeAttributes = new[] { "System.Diagnostics.DebuggerDisplayAttribute" },
        };
        var received = Normalize(assembly.GeneratePublicApi(options));

        var directory = Path.GetDirectoryName(callerFilePath)
            ?? throw new InvalidOperationException("Cannot locate the PublicApi folder from [CallerFilePath].");
        var approvedPath = Path.Combine(directory, name + ".approved.txt");
        var receivedPath = Path.Combine(directory, name + ".received.txt");

        if (Environment.GetEnvironmentVariable("PARTYORG_ACCEPT_API") == "1")
        {
            var before = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            if (string.Equals(before, received, StringComparison.Ordinal))
            {
                return;
            }

            // Accepting writes the file but never makes this run pass: review the diff, then run again.
            File.WriteAllText(approvedPath, received, new UTF8Encoding(false));
            throw new Xunit.Sdk.XunitException($"The public API of {name} changed and {approvedPath} was rewritten: review the diff (git diff) and run the tests again.");
        }

        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;
        if (string.Equals(approved, received, StringComparison.Ordinal))
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));

        var message = new StringBuilder();
        message.Append("The public API of ").Append(name).AppendLine(" changed.");
        if (!File.Exists(approvedPath))
        {
            message.Append("No approved file exists yet: ").AppendLine(approvedPath);
        }

        message.Append("Received: ").AppendLine(receivedPath);
        message.AppendLine("To accept: run `bash tests/accept-api.sh` (copies the received file over the approved one) and review the diff in git.");
        message.AppendLine("(Or run the tests with PARTYORG_ACCEPT_API=1.)");
        message.AppendLine();
        message.AppendLine("--- approved");
        message.AppendLine("+++ received");
        message.Append(Diff(SplitLines(approved), SplitLines(received)));
        throw new XunitException(message.ToString());
    }

    private static string Normalize(string text)
    {
        var normalized = text.Replace("\r\n", "\n").Replace("\r", "\n");
        return normalized.EndsWith("\n", StringComparison.Ordinal) ? normalized : normalized + "\n";
    }

    private static string[] SplitLines(string text) =>
        text.Length == 0 ? Array.Empty<string>() : text.TrimEnd('\n').Split('\n');

    /// <summary>Line diff (LCS) printed with "- " (approved) / "+ " (received) and a few context lines.</summary>
    private static string Diff(string[] a, string[] b)
    {
        // Trim the common prefix and suffix so the LCS table stays small.
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var n = endA - start;
        var m = endB - start;
        var ops = new List<(char Kind, string Line, int IndexA)>();
        for (var i = Math.Max(0, start - ContextLines); i < start; i++)
        {
            ops.Add((' ', a[i], i));
        }

        if ((long)n * m <= 25_000_000L)
        {
            var lcs = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lcs[i, j] = a[start + i] == b[start + j]
                        ? lcs[i + 1, j + 1] + 1
                        : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[start + x] == b[start + y])
                {
                    ops.Add((' ', a[start + x], start + x));
                    x++;
                    y++;
                }
                else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
                {
                    ops.Add(('-', a[start + x], start + x));
                    x++;
                }
                else
                {
                    ops.Add(('+', b[start + y], -1));
                    y++;
                }
            }
        }
        else
        {
            for (var i = start; i < endA; i++)
            {
                ops.Add(('-', a[i], i));
            }

            for (var j = start; j < endB; j++)
            {
                ops.Add(('+', b[j], -1));
            }
        }

        for (var i = endA; i < Math.Min(a.Length, endA + ContextLines); i++)
        {
            ops.Add((' ', a[i], i));
        }

        // Keep only changed lines and up to ContextLines of context around them.
        var keep = new bool[ops.Count];
        for (var i = 0; i < ops.Count; i++)
        {
            if (ops[i].Kind == ' ')
            {
                continue;
            }

            for (var k = Math.Max(0, i - ContextLines); k <= Math.Min(ops.Count - 1, i + ContextLines); k++)
            {
                keep[k] = true;
            }
        }

        var output = new StringBuilder();
        var written = 0;
        var gap = false;
        for (var i = 0; i < ops.Count; i++)
        {
            if (!keep[i])
            {
                gap = true;
                continue;
            }

            if (written >= MaxDiffLines)
            {
                output.AppendLine("... (diff truncated; compare the approved and received files)");
                break;
            }

            if (gap && written > 0)
            {
                output.AppendLine("@@");
            }

            gap = false;
            output.Append(ops[i].Kind == ' ' ? "  " : ops[i].Kind + " ").AppendLine(ops[i].Line);
            written++;
        }

        return output.ToString();
    }
}
