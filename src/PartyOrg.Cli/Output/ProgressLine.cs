using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace PartyOrg.Cli.Output;

/// <summary>
/// One line of progress on standard error, redrawn in place (at most four times a second) while long work runs:
/// the stage, the bytes written when known, and the elapsed time. Shown only when standard error is a terminal and
/// <c>--quiet</c> was not given; it never touches standard output, and it erases itself when the work is done.
/// </summary>
public sealed class ProgressLine : IDisposable
{
    private readonly TextWriter error;
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly Timer? timer;
    private readonly object gate = new();
    private string stage = string.Empty;
    private long bytes = -1;
    private bool disposed;

    /// <summary>Starts the line.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="enabled">False: nothing is ever written.</param>
    public ProgressLine(TextWriter error, bool enabled)
    {
        this.error = error ?? throw new ArgumentNullException(nameof(error));
        Enabled = enabled;
        if (enabled)
        {
            timer = new Timer(_ => Draw(), null, 250, 250);
        }
    }

    /// <summary>Whether the line is shown.</summary>
    public bool Enabled { get; }

    /// <summary>Sets the stage shown.</summary>
    /// <param name="text">What is being done.</param>
    public void Stage(string text)
    {
        lock (gate)
        {
            stage = text;
            bytes = -1;
        }

        Draw();
    }

    /// <summary>Sets the number of bytes written so far in this stage.</summary>
    /// <param name="count">The bytes.</param>
    public void Bytes(long count)
    {
        lock (gate)
        {
            bytes = count;
        }
    }

    /// <summary>Wraps an output stream so that the bytes written are shown.</summary>
    /// <param name="inner">The stream.</param>
    /// <returns>The counting stream (the stream itself when the line is not shown).</returns>
    public Stream Count(Stream inner) => Enabled ? new CountingStream(inner, this) : inner;

    /// <summary>The text of the line (without the carriage return).</summary>
    /// <returns>The text.</returns>
    public string Text()
    {
        lock (gate)
        {
            var seconds = (watch.ElapsedMilliseconds / 1000.0).ToString("0.0", CultureInfo.InvariantCulture);
            var written = bytes < 0 ? string.Empty : "  " + (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
            return stage + written + "  " + seconds + " s";
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
        }

        timer?.Dispose();
        if (Enabled)
        {
            error.Write("\r\u001b[2K");
            error.Flush();
        }
    }

    private void Draw()
    {
        if (!Enabled)
        {
            return;
        }

        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            error.Write("\r\u001b[2K" + Text());
            error.Flush();
        }
    }

    private sealed class CountingStream : Stream
    {
        private readonly Stream inner;
        private readonly ProgressLine progress;
        private long written;

        public CountingStream(Stream inner, ProgressLine progress)
        {
            this.inner = inner;
            this.progress = progress;
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => written; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            written += count;
            progress.Bytes(written);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            written += buffer.Length;
            progress.Bytes(written);
        }
    }
}
