using System;
using BenchmarkDotNet.Running;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>
/// Entry point. <c>dotnet run -c Release --project tests/PartyOrg.Domain.Benchmarks -- --filter '*' --job short</c>
/// runs the BenchmarkDotNet benchmarks; <c>-- --scale small city</c> runs the quick scale table (Stopwatch, per-rule
/// breakdown, allocations, peak working set) for the sizes given; <c>-- --load FILE</c> loads a document in-process
/// (time, CPU, bytes allocated per meeting record, then the audit); <c>-- --read-once FILE</c> only reads its JSON
/// tokens (the floor <c>partyorg check</c> is compared with). See docs/performance.md.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected on the command line, or the scale table.</summary>
    /// <param name="args">BenchmarkDotNet command-line arguments, or <c>--scale SIZE…</c> [<c>--repeat N</c>] [<c>--rules</c>], or <c>--load FILE</c> [<c>--repeat N</c>], or <c>--read-once FILE</c> [<c>--repeat N</c>].</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--load")
        {
            return LoadRunner.Run(args, Console.Out);
        }

        if (args.Length > 0 && args[0] == "--read-once")
        {
            return ReadOnceRunner.Run(args, Console.Out);
        }

        if (args.Length > 0 && args[0] == "--scale")
        {
            return ScaleRunner.Run(args, Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
