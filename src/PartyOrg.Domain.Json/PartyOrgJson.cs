using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PartyOrg.Domain.Json;

/// <summary>
/// Serialization of the contracts: camelCase names, dates as <c>yyyy-MM-dd</c>, absent optional values omitted,
/// indented with <c>\n</c> line ends and readable (unescaped) Chinese, so the same value always gives the same
/// bytes whatever the culture or time zone.
/// </summary>
public static class PartyOrgJson
{
    private static readonly JsonSerializerOptions Shared = Freeze(CreateOptions());

    /// <summary>
    /// Creates serializer options configured as the contract requires (a new, mutable instance). Their type
    /// information comes from source-generated metadata for the contract types (no reflection); to serialize other
    /// types as well, combine <see cref="JsonSerializerOptions.TypeInfoResolver"/> with a resolver of your own. A
    /// finding and a bilingual text (<see cref="Contracts.FindingContract"/>, <see cref="Contracts.TextContract"/>:
    /// the bulk of a report) are written by converters that the options hold, to the same text as the metadata gives
    /// but faster.
    /// </summary>
    /// <returns>The options.</returns>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
            TypeInfoResolver = PartyOrgJsonContext.Default,
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new FindingContractConverter());
        options.Converters.Add(new TextContractConverter());
        return options;
    }

    /// <summary>Serializes a contract object to JSON text (ends with a line break).</summary>
    /// <typeparam name="T">The contract type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a contract type.</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>()) + "\n";

    /// <summary>Writes a contract object as UTF-8 JSON (no byte order mark) to a stream.</summary>
    /// <typeparam name="T">The contract type.</typeparam>
    /// <param name="stream">The stream.</param>
    /// <param name="value">The value.</param>
    public static void Serialize<T>(Stream stream, T value)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        JsonSerializer.Serialize(stream, value, TypeInfo<T>());
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Writes a contract object as JSON text to a writer as it is produced (the serializer flushes its buffer to the
    /// writer in chunks, so a large report is never held whole as one string); ends with a line break.
    /// </summary>
    /// <typeparam name="T">The contract type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Serialize<T>(TextWriter writer, T value)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        using (var stream = new TextWriterStream(writer))
        {
            JsonSerializer.Serialize(stream, value, TypeInfo<T>());
        }

        writer.Write('\n');
    }

    /// <summary>The contract's type information for <typeparamref name="T"/>, with the contract's options.</summary>
    /// <typeparam name="T">A contract type.</typeparam>
    /// <returns>The type information.</returns>
    internal static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Shared.GetTypeInfo(typeof(T));

    /// <summary>The contract's options (read-only): indented, or on one line (NDJSON).</summary>
    /// <param name="indented">Whether the text is indented.</param>
    /// <returns>The options.</returns>
    internal static JsonSerializerOptions Options(bool indented) => indented ? Shared : OnOneLineOptions.Shared;

    /// <summary>A stream whose UTF-8 bytes are written to <paramref name="writer"/> as text.</summary>
    /// <param name="writer">The writer.</param>
    /// <returns>The stream (flushing it flushes the writer).</returns>
    internal static Stream TextStream(TextWriter writer) => new TextWriterStream(writer ?? throw new ArgumentNullException(nameof(writer)));

    private static JsonSerializerOptions OnOneLine(JsonSerializerOptions options)
    {
        options.WriteIndented = false;
        return options;
    }

    /// <summary>The options on one line, made when first used (only NDJSON needs them).</summary>
    private static class OnOneLineOptions
    {
        internal static readonly JsonSerializerOptions Shared = Freeze(OnOneLine(CreateOptions()));
    }

    private static JsonSerializerOptions Freeze(JsonSerializerOptions options)
    {
        options.MakeReadOnly();
        return options;
    }

    /// <summary>A write-only stream that decodes UTF-8 bytes into a <see cref="TextWriter"/>.</summary>
    private sealed class TextWriterStream : Stream
    {
        private readonly TextWriter writer;
        private readonly Decoder decoder = new UTF8Encoding(false, true).GetDecoder();
        private char[] chars = new char[4096];

        internal TextWriterStream(TextWriter writer) => this.writer = writer;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var needed = decoder.GetCharCount(buffer, offset, count, false);
            if (needed > chars.Length)
            {
                chars = new char[needed];
            }

            var n = decoder.GetChars(buffer, offset, count, chars, 0, false);
            writer.Write(chars, 0, n);
        }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
