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
    /// <summary>Runs <c>--scale SIZE… [--repeat N] [--rules]</c>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where the table goes.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output)
    {
        var sizes = new List<SyntheticSize>();
        var repeat = 5;
        var rules = false;
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
                default:
                    sizes.Add(SyntheticSize.Parse(args[i]));
                    break;
            }
        }

        if (sizes.Count == 0)
        {
            sizes.AddRange(SyntheticSize.All);
        }

        output.WriteLine($"# {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, GC server={System.Runtime.GCSettings.IsServerGC}");
        output.WriteLine("| size | orgs | members | posts | meetings | attendees | generate s | build tree ms | audit ms (min / median) | audit ns/record | audit B/record | findings | peak before audit MiB | peak MiB |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            RunOne(size, repeat, rules, output);
        }

        return 0;
    }

    private static void RunOne(SyntheticSize size, int repeat, bool rules, TextWriter output)
    {
        var sw = Stopwatch.StartNew();
        var document = SyntheticOrgan.Generate(size);
        var generate = sw.Elapsed.TotalSeconds;

        var build = Time(size == SyntheticSize.Province ? 1 : repeat, () => document.BuildTree(), out var tree);
        var input = document.BuildInput(tree);
        var checker = new ComplianceChecker(ComplianceProfile.StateOrgans);
        var peakBefore = PeakMiB();

        checker.Check(input); // warm-up (JIT, shared indexes are per run)
        var times = new List<double>();
        long allocated = 0;
        ComplianceReport report = null!;
        for (var r = 0; r < repeat; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetAllocatedBytesForCurrentThread();
            sw.Restart();
            report = checker.Check(input);
            times.Add(sw.Elapsed.TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        times.Sort();
        var median = times[times.Count / 2];
        var records = document.MeetingCount > 0 ? document.MeetingCount : document.Members.Count;
        output.WriteLine(string.Join(" | ", new[]
        {
            "| " + size.Name,
            N(tree.Organizations.Count), N(tree.Members.Count), N(tree.Posts.Count), N(document.MeetingCount), N(document.AttendeeCount),
            generate.ToString("0.0", CultureInfo.InvariantCulture),
            build.ToString("0", CultureInfo.InvariantCulture),
            times[0].ToString("0.0", CultureInfo.InvariantCulture) + " / " + median.ToString("0.0", CultureInfo.InvariantCulture),
            (median * 1e6 / records).ToString("0", CultureInfo.InvariantCulture),
            (allocated / (double)records).ToString("0.0", CultureInfo.InvariantCulture),
            N(report.Findings.Count),
            peakBefore.ToString("0", CultureInfo.InvariantCulture),
            PeakMiB().ToString("0", CultureInfo.InvariantCulture) + " |",
        }));

        if (rules)
        {
            output.WriteLine();
            output.WriteLine($"Per-rule breakdown ({size.Name}; each rule alone, shared indexes included; min of {repeat}):");
            output.WriteLine();
            output.WriteLine("| rule | ms | findings |");
            output.WriteLine("|---|---:|---:|");
            var profile = ComplianceProfile.StateOrgans;
            var ids = profile.EnabledRules.Select(r => r.Descriptor.Id).ToArray();
            foreach (var id in ids)
            {
                var only = ids.Where(x => x != id).Aggregate(profile, (p, x) => p.WithoutRule(x));
                var one = new ComplianceChecker(only);
                var ms = Time(repeat, () => one.Check(input), out var r);
                output.WriteLine($"| {id} | {ms.ToString("0.0", CultureInfo.InvariantCulture)} | {N(r.Findings.Count)} |");
            }

            output.WriteLine();
        }
    }

    private static double Time<T>(int repeat, Func<T> action, out T result)
    {
        var best = double.MaxValue;
        result = default!;
        for (var r = 0; r < Math.Max(1, repeat); r++)
        {
            var sw = Stopwatch.StartNew();
            result = action();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static double PeakMiB()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
