using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using PartyOrg.Cli.Generation;
using PartyOrg.Domain.Compliance;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>
/// The quick scale table: for each size, generate the data, build the tree, run the full audit a few times
/// (Stopwatch; minimum and median), measure the bytes it allocates and the process's peak working set, and
/// optionally time each rule on its own. Sizes run in order in one process; run one size per process for a clean
/// peak (the script <c>run-scale.sh</c> does).
/// </summary>
public static class ScaleRunner
{
    /// <summary>Runs <c>--scale SIZE… [--repeat N] [--rules] [--threads N]</c> (the audit on N threads; 1 by default).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where the table goes.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output)
    {
        var sizes = new List<SyntheticSize>();
        var repeat = 5;
        var rules = false;
        var threads = 1;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--repeat":
                    repeat = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--rules":
                    rules = true;
                    break;
                case "--threads":
                    threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    sizes.Add(SyntheticSize.Parse(args[i]));
                    break;
            }
        }

        if (sizes.Count == 0)
        {
            sizes.AddRange(SyntheticSize.All);
        }

        output.WriteLine($"# {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, GC server={System.Runtime.GCSettings.IsServerGC}, audit threads {threads}");
        output.WriteLine("| size | orgs | members | posts | meetings | attendees | generate s | build tree ms | build input ms | audit ms (min / median) | audit CPU ms (min) | audit ns/record | audit B/record | findings | roll-ups ms (organizations) | planner ms (obligations) | GCs per audit (gen0/1/2) | GC pause ms per audit | peak while generating MiB | resident before audit MiB | peak during audits MiB |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            RunOne(size, repeat, rules, threads, output);
        }

        return 0;
    }

    private static void RunOne(SyntheticSize size, int repeat, bool rules, int threads, TextWriter output)
    {
        var sw = Stopwatch.StartNew();
        var document = SyntheticOrgan.Generate(size);
        var generate = sw.Elapsed.TotalSeconds;

        var build = Time(size == SyntheticSize.Province ? 1 : repeat, () => document.BuildTree(), out var tree);
        sw.Restart();
        var input = document.BuildInput(tree);
        var meetingCount = document.MeetingCount;
        var attendeeCount = document.AttendeeCount;
        document = null!; // the generator's own arrays are not part of the data an application would hold
        var load = sw.Elapsed.TotalMilliseconds;
        var checker = new ComplianceChecker(ComplianceProfile.StateOrgans);
        var peakBefore = PeakMiB();

        // Give the generator's garbage back to the OS and restart the peak, so the audit's peak is the data plus the audit.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var resident = ResetPeak();
        checker.Check(input, threads); // warm-up (JIT, shared indexes are per run)
        var times = new List<double>();
        var cpu = new List<double>();
        long allocated = 0;
        ComplianceReport report = null!;
        int gc0 = 0, gc1 = 0, gc2 = 0;
        var pause = TimeSpan.Zero;
        for (var r = 0; r < repeat; r++)
        {
            report = null!;
            GC.Collect();
            GC.WaitForPendingFinalizers();

            var before = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = CpuMs();
            int c0 = GC.CollectionCount(0), c1 = GC.CollectionCount(1), c2 = GC.CollectionCount(2);
            var p0 = GC.GetTotalPauseDuration();
            sw.Restart();
            report = checker.Check(input, threads);
            times.Add(sw.Elapsed.TotalMilliseconds);
            pause += GC.GetTotalPauseDuration() - p0;
            gc0 += GC.CollectionCount(0) - c0;
            gc1 += GC.CollectionCount(1) - c1;
            gc2 += GC.CollectionCount(2) - c2;
            cpu.Add(CpuMs() - cpuBefore);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        var gcText = $"{gc0 / (double)repeat:0.#}/{gc1 / (double)repeat:0.#}/{gc2 / (double)repeat:0.#}";
        var pauseMs = pause.TotalMilliseconds / repeat;
        var auditPeak = HighWaterMiB(); // before the roll-ups and the planner below allocate their own
        sw.Restart();
        var rollUps = report.RollUps.Count; // built on first use
        var rollUpMs = sw.Elapsed.TotalMilliseconds;
        var planner = ComplianceProfile.StateOrgans.MeetingPlanner();
        var planMs = Time(size == SyntheticSize.Province ? 1 : repeat, () => planner.Plan(tree, input.Window), out var obligations);
        times.Sort();
        cpu.Sort();
        var median = times[times.Count / 2];
        var records = meetingCount > 0 ? meetingCount : tree.Members.Count;
        output.WriteLine(string.Join(" | ", new[]
        {
            "| " + size.Name,
            N(tree.Organizations.Count), N(tree.Members.Count), N(tree.Posts.Count), N(meetingCount), N(attendeeCount),
            generate.ToString("0.0", CultureInfo.InvariantCulture),
            build.ToString("0", CultureInfo.InvariantCulture),
            load.ToString("0", CultureInfo.InvariantCulture),
            times[0].ToString("0.0", CultureInfo.InvariantCulture) + " / " + median.ToString("0.0", CultureInfo.InvariantCulture),
            cpu[0].ToString("0", CultureInfo.InvariantCulture),
            (median * 1e6 / records).ToString("0", CultureInfo.InvariantCulture),
            (allocated / (double)records).ToString("0.0", CultureInfo.InvariantCulture),
            N(report.Findings.Count),
            rollUpMs.ToString("0", CultureInfo.InvariantCulture) + " (" + N(rollUps) + ")",
            planMs.ToString("0", CultureInfo.InvariantCulture) + " (" + N(obligations.Count) + ")",
            gcText,
            pauseMs.ToString("0", CultureInfo.InvariantCulture),
            peakBefore.ToString("0", CultureInfo.InvariantCulture),
            resident.ToString("0", CultureInfo.InvariantCulture),
            auditPeak.ToString("0", CultureInfo.InvariantCulture) + " |",
        }));

        if (rules)
        {
            output.WriteLine();
            output.WriteLine($"Per-rule breakdown ({size.Name}; each rule alone, shared indexes included; min of {repeat}):");
            output.WriteLine();
            output.WriteLine("| rule | wall ms | CPU ms | allocated KiB | findings |");
            output.WriteLine("|---|---:|---:|---:|---:|");
            var profile = ComplianceProfile.StateOrgans;
            var ids = profile.EnabledRules.Select(r => r.Descriptor.Id).ToArray();
            foreach (var id in ids)
            {
                var only = ids.Where(x => x != id).Aggregate(profile, (p, x) => p.WithoutRule(x));
                var one = new ComplianceChecker(only);
                var ms = Time(repeat, () => one.Check(input), out var r, out var cpuMs);
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                one.Check(input);
                bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
                output.WriteLine($"| {id} | {ms.ToString("0.0", CultureInfo.InvariantCulture)} | {cpuMs.ToString("0", CultureInfo.InvariantCulture)} | {N(bytes / 1024)} | {N(r.Findings.Count)} |");
            }

            output.WriteLine();
        }
    }

    private static double Time<T>(int repeat, Func<T> action, out T result) => Time(repeat, action, out result, out _);

    /// <summary>The best wall time (and, in <paramref name="cpuMs"/>, the best process CPU time) of <paramref name="repeat"/> runs.</summary>
    private static double Time<T>(int repeat, Func<T> action, out T result, out double cpuMs)
    {
        var best = double.MaxValue;
        cpuMs = double.MaxValue;
        result = default!;
        for (var r = 0; r < Math.Max(1, repeat); r++)
        {
            var cpu = CpuMs();
            var sw = Stopwatch.StartNew();
            result = action();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            cpuMs = Math.Min(cpuMs, CpuMs() - cpu);
        }

        return best;
    }

    private static double CpuMs()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    /// <summary>Resets the kernel's peak resident set (Linux <c>/proc/self/clear_refs</c>); returns the resident MiB now (0 elsewhere).</summary>
    private static double ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return Status("VmRSS:");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>The peak resident set since the last <see cref="ResetPeak"/> (Linux VmHWM), else the process peak working set.</summary>
    private static double HighWaterMiB()
    {
        var hwm = Status("VmHWM:");
        return hwm > 0 ? hwm : PeakMiB();
    }

    private static double Status(string field)
    {
        if (!File.Exists("/proc/self/status"))
        {
            return 0;
        }

        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kb = line.Substring(field.Length).Trim().Split(' ')[0];
                return double.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return 0;
    }

    private static double PeakMiB()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
