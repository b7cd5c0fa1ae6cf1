using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace PartyOrg.Domain.Benchmarks;

/// <summary>
/// <c>--read-once FILE [--repeat N]</c>: the floor of the JSON door. Reads the document once, forward only, with the
/// framework's <see cref="Utf8JsonReader"/> over a file stream, and keeps nothing: every token is read, no value is
/// converted, no id looked up, nothing checked. Prints per pass the wall and CPU time, the tokens read and the rate.
/// <c>partyorg check</c> does this much and everything else; the ratio of the two, measured as whole processes one
/// after the other, is a machine-independent measure of what the door costs beyond reading its input (run-door.sh
/// prints it). The first pass is a pass like the others (no warm-up): with <c>--repeat 1</c> the process is one read.
/// </summary>
internal static class ReadOnceRunner
{
    /// <summary>The size of the read buffer; a token longer than half of it makes the buffer grow.</summary>
    private const int BufferSize = 1 << 20;

    internal static int Run(string[] args, TextWriter output)
    {
        var file = args.Length > 1 ? args[1] : throw new ArgumentException("--read-once FILE [--repeat N]");
        var repeat = LoadRunner.Repeat(args, 1);

        var ci = CultureInfo.InvariantCulture;
        var process = Process.GetCurrentProcess();
        for (var run = 1; run <= repeat; run++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var (bytes, tokens) = ReadOnce(file);
            var wall = watch.Elapsed.TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
            output.WriteLine(string.Format(ci,
                "read once {0}: {1:F2} s wall, {2:F2} s CPU, {3:N0} bytes, {4:N0} tokens, {5:F0} MB/s",
                run, wall, cpu, bytes, tokens, bytes / 1e6 / wall));
        }

        return 0;
    }

    /// <summary>Reads every token of the file; returns its length and the number of tokens.</summary>
    internal static (long Bytes, long Tokens) ReadOnce(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[BufferSize];
        var length = 0;
        long total = 0;
        long tokens = 0;
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = 64 });
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            var final = read == 0;
            length += read;
            total += read;
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, 0, length), final, state);
            while (reader.Read())
            {
                tokens++;
            }

            state = reader.CurrentState;
            var used = (int)reader.BytesConsumed;
            Buffer.BlockCopy(buffer, used, buffer, 0, length - used);
            length -= used;
            if (final)
            {
                return (total, tokens);
            }
        }
    }
}
