using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PartyOrg.Domain.Json.Reading;

/// <summary>
/// The streaming shape pass: the root object and the section arrays are read forward only from a
/// <see cref="JsonStreamSource"/>; each element of a section is parsed on its own (a small <see cref="JsonDocument"/>,
/// disposed at once) and read by the section's per-element reader. Problems keep the order of a whole-document read:
/// root property names, the scalars, the sections in <see cref="SectionTable"/> order, unknown root properties.
/// </summary>
internal sealed partial class DocumentReader
{
    private static readonly JsonDocumentOptions ElementOptions = new() { MaxDepth = 256, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Reads a whole document from <paramref name="source"/>; null when nothing more can be read (the problems say why).</summary>
    /// <exception cref="JsonException">The document is not valid JSON (with the line and byte position).</exception>
    /// <exception cref="InvalidUtf8Exception">The document is not UTF-8.</exception>
    /// <param name="source">The text.</param>
    /// <param name="problems">Receives the problems.</param>
    /// <param name="profileNames">The profile names accepted.</param>
    /// <param name="maxArrayLength">The most elements of one array.</param>
    /// <param name="maxThreads">With 2 or more, the elements of a large section are parsed on a worker thread while this one reads on.</param>
    /// <param name="batchBytes">The element text handed to the worker at a time.</param>
    /// <param name="fastPaths">False: every element goes the per-element way (tests compare the two).</param>
    /// <param name="prepareBatches">Whether the reading thread prepares each batch: null while the worker has batches waiting, true always, false never.</param>
    /// <param name="quickElements">
    /// Whether the sections' elements are delimited by <see cref="JsonStreamSource.TryElementQuick"/> (not tokenised):
    /// then a <see cref="RereadException"/>, and any syntax or UTF-8 error, means the caller reads the document again
    /// without it.
    /// </param>
    /// <param name="directMembers">
    /// Whether a member read by the fast path is made at once as the domain's <see cref="Domain.Organizations.Member"/>
    /// (no contract; when the contracts are not kept): one object per member instead of two, and none left for the
    /// mapper to make. A member the domain refuses, or with a dues category, stays a contract (the mapper reports it).
    /// </param>
    /// <param name="syntaxOnly">
    /// Whether the sections' elements are only tokenised, not read (the text is known not to be valid JSON: the same
    /// tokens are read as by a full read, so the same syntax, UTF-8 or size error ends it, at a fraction of the cost).
    /// </param>
    internal static RawDocument? Read(JsonStreamSource source, ProblemList problems, IReadOnlyCollection<string> profileNames, int maxArrayLength, int maxThreads = 1, int batchBytes = 1 << 20, bool fastPaths = true, bool? prepareBatches = null, bool quickElements = false, bool syntaxOnly = false, bool directMembers = false) =>
        new DocumentReader(problems, profileNames) { fastPaths = fastPaths, prepareBatches = prepareBatches, quickElements = quickElements, syntaxOnly = syntaxOnly, directMembers = directMembers }.ReadStream(source, maxArrayLength, maxThreads, batchBytes);

    private RawDocument? ReadStream(JsonStreamSource source, int maxArrayLength, int maxThreads, int batchBytes)
    {
        var main = problems;
        if (source.Peek() != JsonTokenType.StartObject)
        {
            var kind = source.Peek() == JsonTokenType.StartArray ? "an array" : null;
            if (kind is null)
            {
                using var scalar = JsonDocument.Parse(source.Value(out _), ElementOptions);
                kind = JsonPaths.Describe(scalar.RootElement);
            }
            else
            {
                source.Skip();
            }

            source.End();
            main.Add(JsonPaths.Root, "expected an object, found " + kind);
            return null;
        }

        source.Next();
        var table = SectionTable();
        foreach (var slot in table)
        {
            slot.Problems = new ProblemList { MaxArrayLength = main.MaxArrayLength };
        }

        var known = RootScalarFields.Concat(table.Select(t => t.Name)).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scalars = new List<(string Name, byte[]? Raw)>();
        var index = 0;
        while (source.Next() && source.Token == JsonTokenType.PropertyName)
        {
            index++;
            var name = source.PropertyName;
            if (name is null)
            {
                main.Add(JsonPaths.Root, "property " + index.ToString(CultureInfo.InvariantCulture) + " of this object has a name with an " + ObjectReader.LoneSurrogate);
                source.Skip();
                continue;
            }

            if (ObjectReader.CodePoints(name) > PartyOrgLoadOptions.MaxTextLength)
            {
                main.Add(JsonPaths.Root, "property " + index.ToString(CultureInfo.InvariantCulture) + " of this object has a name of " + ObjectReader.CodePoints(name).ToString(CultureInfo.InvariantCulture)
                    + " characters; at most " + PartyOrgLoadOptions.MaxTextLength.ToString(CultureInfo.InvariantCulture) + " are accepted");
                source.Skip();
                continue;
            }

            if (!seen.Add(name))
            {
                main.Add(JsonPaths.Property(JsonPaths.Root, name), $"duplicate property \"{name}\"; each property may appear once");
                source.Skip();
                continue;
            }

            if (Array.Find(table, t => t.Name == name) is { } slot)
            {
                problems = slot.Problems;
                ReadSection(source, slot, maxArrayLength, maxThreads, batchBytes);
                problems = main;
            }
            else if (Array.IndexOf(RootScalarFields, name) >= 0)
            {
                scalars.Add((name, source.Value(out _).ToArray()));
            }
            else
            {
                scalars.Add((name, null));
                source.Skip();
            }
        }

        source.End();
        if (index == 0)
        {
            main.Add(JsonPaths.Root, "the document is an empty object; expected at least \"organizations\": [ … ]");
            return null;
        }

        using var root = JsonDocument.Parse(ScalarObject(scalars), ElementOptions);
        var r = ObjectReader.Open(root.RootElement, JsonPaths.Root, main, known)!;
        r.String("$schema", false);
        raw.Profile = r.String("profile", false);
        if (raw.Profile is { } profile && !profileNames.Contains(profile, StringComparer.Ordinal))
        {
            main.Add(r.At("profile"), $"unknown profile {JsonPaths.Quote(profile)}; expected one of: {string.Join(", ", profileNames)}");
        }

        raw.AsOf = r.Date("asOf", false);
        ReadWorkingDays(r);
        foreach (var slot in table)
        {
            if (!slot.Seen && slot.Required)
            {
                main.Add(JsonPaths.Property(JsonPaths.Root, slot.Name), "required property is missing");
            }

            main.Items.AddRange(slot.Problems.Items);
            slot.Store();
        }

        r.Finish();
        return raw;
    }

    /// <summary>The root's scalar properties (and, as null, its unknown ones) as a small object for <see cref="ObjectReader"/>.</summary>
    private static byte[] ScalarObject(List<(string Name, byte[]? Raw)> scalars)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            w.WriteStartObject();
            foreach (var (name, value) in scalars)
            {
                w.WritePropertyName(name);
                if (value is null)
                {
                    w.WriteNullValue();
                }
                else
                {
                    w.WriteRawValue(value, skipInputValidation: true);
                }
            }

            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private void ReadSection(JsonStreamSource source, SectionSlot slot, int maxArrayLength, int maxThreads, int batchBytes)
    {
        slot.Seen = true;
        var path = JsonPaths.Property(JsonPaths.Root, slot.Name);
        switch (source.Peek())
        {
            case JsonTokenType.Null:
                source.Skip();
                if (slot.Required)
                {
                    problems.Add(path, "required, found null");
                }

                return;
            case JsonTokenType.StartArray:
                break;
            case JsonTokenType.StartObject:
                source.Skip();
                problems.Add(path, "expected an array, found an object");
                return;
            default:
                using (var scalar = JsonDocument.Parse(source.Value(out _), ElementOptions))
                {
                    problems.Add(path, "expected an array, found " + JsonPaths.Describe(scalar.RootElement));
                }

                return;
        }

        source.Next();
        if (quickElements)
        {
            source.BeginElements();
        }

        slot.Present = true;
        using var pipe = maxThreads > 1 && !syntaxOnly ? new ElementPipe(slot, path, batchBytes, prepareBatches) : null;
        var i = 0;
        while (true)
        {
            if (i == maxArrayLength && quickElements)
            {
                // The reader's state does not follow the quick way's elements: the limit is judged by the tokenising way.
                throw new RereadException();
            }

            if (i == maxArrayLength && source.Peek() != JsonTokenType.EndArray)
            {
                pipe?.Complete();
                problems.Add(path, ObjectReader.TooManyElements(maxArrayLength));
                while (source.Peek() != JsonTokenType.EndArray)
                {
                    source.Skip();
                }

                break;
            }

            if (!(quickElements ? source.TryElementQuick(out var element) : source.TryElement(out element)))
            {
                break;
            }

            if (syntaxOnly)
            {
                // Only the tokens: the elements are not read.
            }
            else if (pipe is null)
            {
                slot.Read(element, path, i);
            }
            else
            {
                pipe.Add(element.Span, i);
            }

            i++;
        }

        pipe?.Complete();
        source.Next();
    }

    private SectionSlot Slot<T>(string name, bool required, Func<JsonElement, string, T?> item, Action<List<T?>, bool> store)
        where T : class => new SectionSlot<T>(name, required, item, store);

    /// <summary>One row of the section table, with what was read into it.</summary>
    private abstract class SectionSlot
    {
        protected SectionSlot(string name, bool required)
        {
            Name = name;
            Required = required;
        }

        internal string Name { get; }

        internal bool Required { get; }

        internal bool Seen { get; set; }

        internal bool Present { get; set; }

        /// <summary>The problems of this section (added to the document's in table order).</summary>
        internal ProblemList Problems { get; set; } = new();

        /// <summary>Reads element <paramref name="index"/> of the array (at <paramref name="basePath"/>) from its bytes.</summary>
        internal abstract void Read(ReadOnlyMemory<byte> element, string basePath, int index);

        /// <summary>
        /// The part of reading a batch of elements that needs nothing shared (no id table, no builder), done on the reading
        /// thread before the batch is queued; its result goes with the batch to <see cref="Read(ReadOnlyMemory{byte}, string, int, object?, int)"/>.
        /// Null (the default) when the slot has no such part.
        /// </summary>
        /// <param name="bytes">The batch's bytes.</param>
        /// <param name="starts">Each element's start in <paramref name="bytes"/>.</param>
        /// <param name="length">The end of the last element.</param>
        /// <param name="reuse">The result made for this batch object before, to be reused.</param>
        internal virtual object? Prepare(byte[] bytes, List<int> starts, int length, object? reuse) => null;

        /// <summary>Reads element <paramref name="index"/>, element <paramref name="k"/> of a batch that <see cref="Prepare"/> gave <paramref name="prepared"/>.</summary>
        internal virtual void Read(ReadOnlyMemory<byte> element, string basePath, int index, object? prepared, int k) => Read(element, basePath, index);

        /// <summary>Hands the elements read to the raw document.</summary>
        internal abstract void Store();
    }

    private sealed class SectionSlot<T> : SectionSlot
        where T : class
    {
        private readonly Func<JsonElement, string, T?> item;
        private readonly Action<List<T?>, bool> store;
        private readonly List<T?> items = new();

        internal SectionSlot(string name, bool required, Func<JsonElement, string, T?> item, Action<List<T?>, bool> store)
            : base(name, required)
        {
            this.item = item;
            this.store = store;
        }

        internal override void Read(ReadOnlyMemory<byte> element, string basePath, int index)
        {
            using var document = JsonDocument.Parse(element, ElementOptions);
            items.Add(item(document.RootElement, JsonPaths.Index(basePath, index)));
        }

        internal override void Store() => store(items, Present);
    }
}
