using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>
/// <c>--load FILE [--repeat N] [--command]</c>: loads a document from its file N times in-process (after one warm-up) and
/// reports, per load, the wall and CPU time, the bytes allocated by the loading thread (and per meeting record), the heap
/// kept afterwards, then the full audit of the loaded document. The loader's share of a <c>partyorg check</c> run. By
/// default the contracts are kept (the library's default); <c>--command</c> loads as <c>partyorg check</c> does (domain
/// objects only) on one thread, so that every byte allocated is the loading thread's.
/// </summary>
internal static class LoadRunner
{
    internal static int Run(string[] args, TextWriter output)
    {
        var file = args.Length > 1 ? args[1] : throw new ArgumentException("--load FILE [--repeat N] [--command]");
        var repeat = Repeat(args, 3);
        var options = Array.IndexOf(args, "--command") > 0 ? new PartyOrgLoadOptions { KeepContract = false, MaxThreads = 1 } : new PartyOrgLoadOptions();

        var ci = CultureInfo.InvariantCulture;
        var process = Process.GetCurrentProcess();
        for (var run = 0; run <= repeat; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var alloc0 = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            LoadResult result;
            using (var stream = File.OpenRead(file))
            {
                result = PartyOrgDocument.Load(stream, options);
            }

            var loadWall = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            var loadCpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - alloc0;
            if (!result.Success)
            {
                output.WriteLine("load failed: " + result.Problems[0]);
                return 2;
            }

            var doc = result.Document!;
            GC.Collect();
            var kept = GC.GetTotalMemory(true);
            var meetings = Math.Max(1, doc.Meetings?.Count ?? 0);
            var input = doc.ToComplianceInput(doc.AsOf ?? new NodaTime.LocalDate(2026, 12, 31));
            process.Refresh();
            var cpu1 = process.TotalProcessorTime;
            watch.Restart();
            var report = new ComplianceChecker(doc.Profile).Check(input);
            var auditWall = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            var auditCpu = (process.TotalProcessorTime - cpu1).TotalMilliseconds;
            output.WriteLine(string.Format(ci,
                "{0} load: {1:F0} ms wall, {2:F0} ms CPU, {3:F1} MB allocated ({4:F0} B per meeting record, {5:N0} records), {6:F1} MB kept; audit: {7:F0} ms wall, {8:F0} ms CPU, {9:N0} findings",
                run == 0 ? "warm-up" : "run " + run.ToString(ci), loadWall, loadCpu, allocated / 1e6, (double)allocated / meetings, meetings, kept / 1e6,
                auditWall, auditCpu, report.Findings.Count));
        }

        return 0;
    }

    /// <summary>The value after <c>--repeat</c> among the arguments after the file (<c>args[2..]</c>), or <paramref name="fallback"/>.</summary>
    internal static int Repeat(string[] args, int fallback)
    {
        for (var i = 2; i + 1 < args.Length; i++)
        {
            if (args[i] == "--repeat")
            {
                return int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        return fallback;
    }
}
