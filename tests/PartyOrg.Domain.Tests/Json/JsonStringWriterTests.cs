using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using PartyOrg.Domain.Json;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>
/// The report's string values written by <see cref="JsonStringWriter"/>: the bytes of
/// <see cref="Utf8JsonWriter.WriteString(JsonEncodedText, string)"/> with the contract's encoder, for every character
/// of the Basic Multilingual Plane (alone, among plain text, next to quotes), for surrogate pairs and lone surrogates,
/// and for random mixtures; indented and on one line.
/// </summary>
public sealed class JsonStringWriterTests
{
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("zh-CN");

    private static (string Fast, string Writer) Both(bool indented, params string[] values)
    {
        var options = PartyOrgJson.Options(indented);
        var strings = new JsonStringWriter(options.Encoder as System.Text.Encodings.Web.JavaScriptEncoder);
        var fast = new ByteBuffer(64);
        var plain = new ByteBuffer(64);
        using (var a = new Utf8JsonWriter(fast, CheckReportWriter.WriterOptions(options)))
        using (var b = new Utf8JsonWriter(plain, CheckReportWriter.WriterOptions(options)))
        {
            a.WriteStartObject();
            b.WriteStartObject();
            foreach (var value in values)
            {
                strings.Write(a, Name, value);
                b.WriteString(Name, value);
            }

            a.WriteEndObject();
            b.WriteEndObject();
        }

        return (Encoding.UTF8.GetString(fast.Written), Encoding.UTF8.GetString(plain.Written));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryCharacterOfThePlane_TheWritersBytes(bool indented)
    {
        for (var start = 0; start < 65536; start += 4096)
        {
            var values = Enumerable.Range(start, 4096).Select(c => (char)c)
                .SelectMany(c => new[] { c.ToString(), "a" + c + "b", "支部“" + c + "\"", c + "\\" + c })
                .ToArray();
            var (fast, writer) = Both(indented, values);
            fast.Should().Be(writer, $"characters from U+{start:X4}");
        }
    }

    [Fact]
    public void TypicalTexts_TheWritersBytes()
    {
        var (fast, writer) = Both(true,
            string.Empty,
            "党支部“办公室第1党支部”2026-05开展主题党日0次，要求≥ 1次（每月相对固定1天开展）。",
            "Branch \"办公室第1党支部\" held 0 themed Party day(s) in 2026-05; expected ≥ 1 (one relatively fixed day each month).",
            "b-0001-01",
            "≥ 1",
            "quote \" backslash \\ slash / tab \t newline \n <script>&'+`",
            "surrogate pair \ud83d\ude00 and lone \ud800 and \udc00 end",
            "\u2028\u2029\u00a0\u00ad\ufeff\uffff\u0085",
            new string('长', 3000) + "\"" + new string('x', 3000));

        fast.Should().Be(writer);
        fast.Should().Contain("“办公室第1党支部”").And.Contain("\\\"办公室第1党支部\\\"");
    }

    [Fact]
    public void RandomMixtures_TheWritersBytes()
    {
        var alphabet = "aZ0 -\"\\/\t\n<>&'中文“”≥（）\u00e9\u0100\u07ff\u0800\u2028\ufffd\ud83d\ude00\ud800".ToCharArray();
        var random = new Random(1130);
        var values = Enumerable.Range(0, 2000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(40)).Select(__ => alphabet[random.Next(alphabet.Length)]).ToArray()))
            .ToArray();

        var (fast, writer) = Both(false, values);

        fast.Should().Be(writer);
    }

    [Fact]
    public void AnotherEncoder_LeftToTheWriter()
    {
        var strings = new JsonStringWriter(System.Text.Encodings.Web.JavaScriptEncoder.Default);
        var buffer = new ByteBuffer(64);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }))
        {
            w.WriteStartObject();
            strings.Write(w, Name, "支部\"<");
            w.WriteEndObject();
        }

        Encoding.UTF8.GetString(buffer.Written).Should().Be("{\"zh-CN\":\"\\u652F\\u90E8\\u0022\\u003C\"}");
    }
}
