using System;
using System.IO;
using System.Text;
using FluentAssertions;
using PartyOrg.Cli.Generation;
using Xunit;

namespace PartyOrg.Domain.Tests.Cli;

/// <summary>
/// <c>partyorg generate</c> writes its document as it generates it (<see cref="SyntheticJson.Write(SyntheticSize, long, Stream, Action{string}?)"/>):
/// the bytes must be those of the in-memory path (the whole input built, converted to one contract, serialized).
/// </summary>
public class SyntheticJsonStreamingTests
{
    [Theory]
    [InlineData("small", SyntheticOrgan.DefaultSeed)]
    [InlineData("small", 7L)]
    [InlineData("small", -20261130L)]
    [InlineData("city", SyntheticOrgan.DefaultSeed)]
    public void Write_Streamed_SameBytesAsInMemoryPath(string sizeName, long seed)
    {
        var size = SyntheticSize.Parse(sizeName);

        var streamed = Streamed(size, seed);
        var inMemory = InMemory(size, seed);

        streamed.Length.Should().Be(inMemory.Length);
        streamed.AsSpan().SequenceEqual(inMemory).Should().BeTrue("the streamed document must equal the in-memory one byte for byte");
    }

    [Fact]
    public void Write_Streamed_WritesEveryMeetingOnce()
    {
        var meetings = SyntheticJson.Write(SyntheticSize.Small, SyntheticOrgan.DefaultSeed, new MemoryStream());

        meetings.Should().Be(SyntheticOrgan.Generate(SyntheticSize.Small).MeetingCount).And.BeGreaterThan(0);
    }

    [Fact]
    public void Write_Streamed_ReportsTheStagesInOrder()
    {
        var stages = new System.Collections.Generic.List<string>();

        SyntheticJson.Write(SyntheticSize.Small, SyntheticOrgan.DefaultSeed, new MemoryStream(), stages.Add);

        stages.Should().Equal("构建 / building the tree", "汇总 / assembling the records", "写出 / writing JSON");
    }

    [Fact]
    public void Write_StreamedToATrickle_SameBytes()
    {
        // A destination that takes one byte at a time: the writer's flushes must not depend on the stream's behaviour.
        var trickle = new TrickleStream();

        SyntheticJson.Write(SyntheticSize.Small, 3, trickle);

        trickle.Written.ToArray().AsSpan().SequenceEqual(InMemory(SyntheticSize.Small, 3)).Should().BeTrue();
    }

    [Fact]
    public void GenerateCommand_WritesTheInMemoryPathsDocument()
    {
        var (exit, output, _) = CliRunner.Run(string.Empty, "generate", "--size", "small", "--seed", "11");

        exit.Should().Be(0);
        output.Should().Be(Encoding.UTF8.GetString(InMemory(SyntheticSize.Small, 11)));
    }

    [Fact]
    public void Write_NullArguments_Refused()
    {
        var act1 = () => SyntheticJson.Write(null!, 1, new MemoryStream());
        var act2 = () => SyntheticJson.Write(SyntheticSize.Small, 1, null!);

        act1.Should().Throw<ArgumentNullException>().WithParameterName("size");
        act2.Should().Throw<ArgumentNullException>().WithParameterName("stream");
    }

    private static byte[] Streamed(SyntheticSize size, long seed)
    {
        using var stream = new MemoryStream();
        SyntheticJson.Write(size, seed, stream);
        return stream.ToArray();
    }

    /// <summary>The previous path of <c>partyorg generate</c>: everything generated and built, one contract, one serialization.</summary>
    private static byte[] InMemory(SyntheticSize size, long seed)
    {
        var document = SyntheticOrgan.Generate(size, seed);
        using var stream = new MemoryStream();
        SyntheticJson.Write(document.BuildInput(document.BuildTree()), stream);
        return stream.ToArray();
    }

    private sealed class TrickleStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                Written.WriteByte(buffer[offset + i]);
            }
        }
    }
}
