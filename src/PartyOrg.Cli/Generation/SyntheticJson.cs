using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Meetings;

namespace PartyOrg.Cli.Generation;

/// <summary>Writes a synthetic input as an input document (the JSON interchange contract).</summary>
public static class SyntheticJson
{
    /// <summary>Bytes the writer may hold before they go to the stream.</summary>
    private const int FlushThreshold = 1 << 16;

    /// <summary>
    /// Writes <paramref name="input"/> as UTF-8 JSON to <paramref name="stream"/>. The whole document contract is made
    /// in memory first; <see cref="Write(SyntheticSize, long, Stream, Action{string}?)"/> writes the same bytes without it.
    /// </summary>
    /// <param name="input">The input (tree, as-of date, meetings, terms, elections).</param>
    /// <param name="stream">The destination.</param>
    public static void Write(ComplianceInput input, Stream stream)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        var contract = PartyOrgDocumentWriter.ToContract(input, ComplianceProfile.StateOrgans.Name);
        var options = PartyOrgJson.CreateOptions();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = options.Encoder }))
        {
            JsonSerializer.Serialize(writer, contract, (JsonTypeInfo<InputDocument>)options.GetTypeInfo(typeof(InputDocument)));
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Generates the synthetic document of a size and seed and writes it to <paramref name="stream"/> as it is made: the
    /// same bytes as <see cref="Write(ComplianceInput, Stream)"/> of <see cref="SyntheticOrgan.Generate"/>'s input, but
    /// the meetings (most of the document) are generated and written one record at a time and never held, and the
    /// writer hands its bytes to the stream every 64 KiB. What stays in memory is the tree (organizations, members,
    /// posts) and the smaller sections, as contracts.
    /// </summary>
    /// <param name="size">The size.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="stage">Told the name of each stage as it starts (progress), or null.</param>
    /// <returns>The number of meeting records written.</returns>
    public static int Write(SyntheticSize size, long seed, Stream stream, Action<string>? stage = null)
    {
        if (size is null)
        {
            throw new ArgumentNullException(nameof(size));
        }

        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var document = SyntheticOrgan.GenerateWithoutMeetings(size, seed);
        var contract = ContractWithoutMeetings(document, stage);
        stage?.Invoke("写出 / writing JSON");

        var options = PartyOrgJson.CreateOptions();
        var root = (JsonTypeInfo<InputDocument>)options.GetTypeInfo(typeof(InputDocument));
        var meetings = 0;
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = options.Encoder }))
        {
            writer.WriteStartObject();

            // The root's properties in the serializer's order, with its names; null values are left out as it does.
            foreach (var property in root.Properties)
            {
                if (property.PropertyType == typeof(IReadOnlyList<MeetingContract>))
                {
                    // The input always has a meeting log (possibly empty), so the section is always written.
                    var meetingInfo = (JsonTypeInfo<MeetingContract>)options.GetTypeInfo(typeof(MeetingContract));
                    writer.WritePropertyName(property.Name);
                    writer.WriteStartArray();
                    meetings = SyntheticOrgan.StreamMeetings(document, record =>
                    {
                        JsonSerializer.Serialize(writer, MeetingContract.From(record), meetingInfo);
                        FlushIfFull(writer);
                    }).Meetings;
                    writer.WriteEndArray();
                    continue;
                }

                var value = (property.Get ?? throw new InvalidOperationException($"no getter for the document property {property.Name}"))(contract);
                if (value is null)
                {
                    continue;
                }

                writer.WritePropertyName(property.Name);
                if (ElementType(property.PropertyType) is { } elementType)
                {
                    var elementInfo = options.GetTypeInfo(elementType);
                    writer.WriteStartArray();
                    foreach (var element in (IEnumerable)value)
                    {
                        JsonSerializer.Serialize(writer, element, elementInfo);
                        FlushIfFull(writer);
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    JsonSerializer.Serialize(writer, value, options.GetTypeInfo(property.PropertyType));
                }

                FlushIfFull(writer);
            }

            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return meetings;
    }

    /// <summary>The document contract of everything but the meetings (the tree and input are not kept).</summary>
    private static InputDocument ContractWithoutMeetings(SyntheticDocument document, Action<string>? stage)
    {
        stage?.Invoke("构建 / building the tree");
        var tree = document.BuildTree();
        stage?.Invoke("汇总 / assembling the records");
        return PartyOrgDocumentWriter.ToContract(document.BuildInput(tree, withMeetings: false), ComplianceProfile.StateOrgans.Name);
    }

    /// <summary>The element type of a section (<c>IReadOnlyList&lt;T&gt;</c>), or null for a single value.</summary>
    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static void FlushIfFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushThreshold)
        {
            writer.Flush();
        }
    }
}
