using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyOrg.Domain.Json.Contracts;

namespace PartyOrg.Domain.Json;

/// <summary>
/// The JSON of a finding — the one place that writes a <see cref="FindingContract"/>, for every output that lists
/// findings (check, terms, dues, development, assessment), in the order and with the omissions the contract's
/// attributes state: every property in declaration order, <c>organization</c> and <c>period</c> written even when
/// null, any other null omitted. <see cref="PartyOrgJson.CreateOptions"/> registers it. A report holds hundreds of
/// thousands of findings, so they are written without the serializer's per-property machinery, and a list of
/// citations that the findings of a rule share (<see cref="SharedCitations"/>) is serialized once per place in the
/// text and then copied. Reading goes through the source-generated metadata (same names).
/// </summary>
/// <remarks>A test compares what this writes with what the source-generated metadata of the contract writes.</remarks>
internal sealed class FindingContractConverter : JsonConverter<FindingContract>
{
    // The contract's property names, also written by the report writer (CheckReportWriter.cs).
    internal static readonly JsonEncodedText RuleIdName = JsonEncodedText.Encode("ruleId");
    internal static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode("severity");
    internal static readonly JsonEncodedText SubjectName = JsonEncodedText.Encode("subject");
    internal static readonly JsonEncodedText OrganizationName = JsonEncodedText.Encode("organization");
    internal static readonly JsonEncodedText PeriodName = JsonEncodedText.Encode("period");
    internal static readonly JsonEncodedText ExpectedName = JsonEncodedText.Encode("expected");
    internal static readonly JsonEncodedText ActualName = JsonEncodedText.Encode("actual");
    internal static readonly JsonEncodedText CitationsName = JsonEncodedText.Encode("citations");
    internal static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");

    /// <inheritdoc />
    public override FindingContract? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, PartyOrgJsonContext.Default.FindingContract);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FindingContract value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        Omitted(writer, RuleIdName, value.RuleId);
        Omitted(writer, SeverityName, value.Severity);
        Omitted(writer, SubjectName, value.Subject);
        writer.WriteString(OrganizationName, value.Organization);
        writer.WriteString(PeriodName, value.Period);
        Omitted(writer, ExpectedName, value.Expected);
        Omitted(writer, ActualName, value.Actual);
        if (value.Citations is { } citations)
        {
            writer.WritePropertyName(CitationsName);
            if (citations is SharedCitations shared)
            {
                writer.WriteRawValue(shared.Json(writer, options), skipInputValidation: true);
            }
            else
            {
                JsonSerializer.Serialize(writer, citations, CitationsInfo(options));
            }
        }

        if (value.Message is { } message)
        {
            writer.WritePropertyName(MessageName);
            TextContractConverter.WriteText(writer, message);
        }

        writer.WriteEndObject();
    }

    private static JsonTypeInfo<IReadOnlyList<CitationContract>> CitationsInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<IReadOnlyList<CitationContract>>)options.GetTypeInfo(typeof(IReadOnlyList<CitationContract>));

    /// <summary>A property omitted when null (the contract's <c>WhenWritingNull</c>).</summary>
    private static void Omitted(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>
    /// The citations of a rule, shared by the contracts of its findings in one report: their JSON is made once for
    /// each way it is written (writer settings and depth, which sets the indentation) and then copied. Safe to write
    /// from several threads.
    /// </summary>
    internal sealed class SharedCitations : IReadOnlyList<CitationContract>
    {
        private readonly CitationContract[] items;
        private Entry[] written = new Entry[0];

        internal SharedCitations(CitationContract[] items) => this.items = items;

        public int Count => items.Length;

        public CitationContract this[int index] => items[index];

        public IEnumerator<CitationContract> GetEnumerator() => ((IEnumerable<CitationContract>)items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

        /// <summary>The JSON of the list as <paramref name="writer"/> would write it as its next value.</summary>
        internal byte[] Json(Utf8JsonWriter writer, JsonSerializerOptions options)
        {
            var depth = writer.CurrentDepth;
            var settings = writer.Options;
            var known = System.Threading.Volatile.Read(ref written);
            foreach (var e in known)
            {
                if (e.Matches(settings, depth, options))
                {
                    return e.Bytes;
                }
            }

            var bytes = Serialize(settings, depth, options);
            lock (items)
            {
                var more = new Entry[written.Length + 1];
                Array.Copy(written, more, written.Length);
                more[written.Length] = new Entry(settings, depth, options, bytes);
                System.Threading.Volatile.Write(ref written, more);
            }

            return bytes;
        }

        /// <summary>The list serialized at <paramref name="depth"/> (inside as many arrays), without the white space before it.</summary>
        private byte[] Serialize(JsonWriterOptions settings, int depth, JsonSerializerOptions options)
        {
            using var buffer = new System.IO.MemoryStream(1024);
            settings.SkipValidation = true;
            using (var w = new Utf8JsonWriter(buffer, settings))
            {
                for (var i = 0; i < depth; i++)
                {
                    w.WriteStartArray();
                }

                w.Flush();
                var start = (int)buffer.Length;
                JsonSerializer.Serialize(w, (IReadOnlyList<CitationContract>)items, CitationsInfo(options));
                w.Flush();
                var json = new ReadOnlySpan<byte>(buffer.GetBuffer(), start, (int)buffer.Length - start);
                var skip = 0;
                while (skip < json.Length && json[skip] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                {
                    skip++;
                }

                return json.Slice(skip).ToArray();
            }
        }

        private sealed class Entry
        {
            private readonly JsonWriterOptions settings;
            private readonly int depth;
            private readonly JsonSerializerOptions options;

            internal Entry(JsonWriterOptions settings, int depth, JsonSerializerOptions options, byte[] bytes)
            {
                this.settings = settings;
                this.depth = depth;
                this.options = options;
                Bytes = bytes;
            }

            internal byte[] Bytes { get; }

            internal bool Matches(JsonWriterOptions other, int atDepth, JsonSerializerOptions by) =>
                atDepth == depth
                && ReferenceEquals(by, options)
                && other.Indented == settings.Indented
                && other.IndentCharacter == settings.IndentCharacter
                && other.IndentSize == settings.IndentSize
                && string.Equals(other.NewLine, settings.NewLine, StringComparison.Ordinal)
                && ReferenceEquals(other.Encoder, settings.Encoder);
        }
    }
}

/// <summary>
/// The JSON of a bilingual text — the one place that writes a <see cref="TextContract"/> (<c>zh-CN</c>, then
/// <c>en</c>, each omitted when null), for every output; every finding has one, so it is written without the
/// serializer's per-property machinery. <see cref="PartyOrgJson.CreateOptions"/> registers it. Reading goes through
/// the source-generated metadata (same names).
/// </summary>
/// <remarks>A test compares what this writes with what the source-generated metadata of the contract writes.</remarks>
internal sealed class TextContractConverter : JsonConverter<TextContract>
{
    // Also written by the report writer (CheckReportWriter.cs).
    internal static readonly JsonEncodedText ChineseName = JsonEncodedText.Encode("zh-CN");
    internal static readonly JsonEncodedText EnglishName = JsonEncodedText.Encode("en");

    /// <inheritdoc />
    public override TextContract? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, PartyOrgJsonContext.Default.TextContract);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TextContract value, JsonSerializerOptions options) => WriteText(writer, value);

    /// <summary>Writes the text as an object.</summary>
    internal static void WriteText(Utf8JsonWriter writer, TextContract value)
    {
        writer.WriteStartObject();
        if (value.Chinese is { } chinese)
        {
            writer.WriteString(ChineseName, chinese);
        }

        if (value.English is { } english)
        {
            writer.WriteString(EnglishName, english);
        }

        writer.WriteEndObject();
    }
}
