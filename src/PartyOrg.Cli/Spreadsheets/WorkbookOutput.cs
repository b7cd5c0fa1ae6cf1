using System;
using System.IO;
using PartyOrg.Cli.Commands;

namespace PartyOrg.Cli.Spreadsheets;

/// <summary>Where a command writes a workbook: <c>--output FILE</c>, else standard output when it is redirected.</summary>
public static class WorkbookOutput
{
    /// <summary>Writes a workbook.</summary>
    /// <param name="file">The <c>--output</c> file, or null for standard output.</param>
    /// <param name="io">The streams.</param>
    /// <param name="write">Writes the workbook to a stream.</param>
    /// <exception cref="UsageException">Standard output is a terminal (a workbook is binary) or cannot take bytes.</exception>
    public static void Write(string? file, CommandIo io, Action<Stream> write)
    {
        if (file is not null)
        {
            using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None);
            write(stream);
            return;
        }

        if (io.OutputIsTerminal || io.OpenStandardOutput is null)
        {
            throw new UsageException("a workbook is binary: redirect standard output (> organ.xlsx) or give --output FILE / 工作簿为二进制文件：请重定向标准输出或使用 --output FILE");
        }

        io.Out.Flush();
        using var buffer = new MemoryStream();
        write(buffer);
        var stdout = io.OpenStandardOutput();
        buffer.Position = 0;
        buffer.CopyTo(stdout);
        stdout.Flush();
    }
}
