using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PartyOrg.Domain.Assessment;
using PartyOrg.Domain.Json.Reading;

namespace PartyOrg.Domain.Json;

/// <summary>
/// Scorecard definitions as JSON (docs/assessment.md): loads a file with every problem located by its JSON path, and serves
/// the built-in scorecards shipped as embedded resources (<see cref="BuiltInNames"/>). No reflection: the reader walks a
/// <see cref="JsonDocument"/>.
/// </summary>
public static class ScorecardJson
{
    private const string ResourcePrefix = "PartyOrg.Domain.Json.Scorecards.";

    /// <summary>The names of the built-in scorecards: <c>national-classification</c> (NATIONAL) and the LOCAL examples.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = new[] { "national-classification", "local-five-star", "local-weighted-classification" };

    /// <summary>Reads a scorecard from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scorecard, or every problem with its path.</returns>
    public static ScorecardLoadResult Parse(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var problems = new ProblemList();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? " at line " + (line + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            problems.Add(JsonPaths.Root, "not valid JSON" + where + ": " + (cut >= 0 ? reason.Substring(0, cut) : reason).Trim());
            return new ScorecardLoadResult(null, problems.Items);
        }

        using (document)
        {
            var card = ScorecardReader.Read(document.RootElement, problems);
            return new ScorecardLoadResult(problems.Count == 0 ? card : null, problems.Items);
        }
    }

    /// <summary>Reads a scorecard from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The scorecard, or every problem with its path.</returns>
    public static ScorecardLoadResult Load(Stream utf8Json)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        using var reader = new StreamReader(utf8Json, new UTF8Encoding(false, true), false);
        string text;
        try
        {
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return new ScorecardLoadResult(null, new[] { new JsonProblem("$", "the file is not valid UTF-8") });
        }

        return Parse(text);
    }

    /// <summary>The JSON text of a built-in scorecard.</summary>
    /// <param name="name">One of <see cref="BuiltInNames"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">No built-in scorecard has that name.</exception>
    public static string BuiltInText(string name)
    {
        if (name is null || !BuiltInNames.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"No built-in scorecard \"{name}\"; expected one of: {string.Join(", ", BuiltInNames)}.", nameof(name));
        }

        using var stream = typeof(ScorecardJson).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".json")
            ?? throw new InvalidOperationException("The built-in scorecard resource " + name + " is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>A built-in scorecard.</summary>
    /// <param name="name">One of <see cref="BuiltInNames"/>.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentException">No built-in scorecard has that name.</exception>
    public static Scorecard BuiltIn(string name)
    {
        var result = Parse(BuiltInText(name));
        return result.Scorecard ?? throw new InvalidOperationException("The built-in scorecard " + name + " is invalid: " + string.Join("; ", result.Problems));
    }
}

/// <summary>The result of reading a scorecard: the scorecard, or every problem with its JSON path. Never both.</summary>
public sealed class ScorecardLoadResult
{
    internal ScorecardLoadResult(Scorecard? scorecard, IReadOnlyList<JsonProblem> problems)
    {
        Scorecard = scorecard;
        Problems = problems.ToArray();
    }

    /// <summary>The scorecard, or null when there are problems.</summary>
    public Scorecard? Scorecard { get; }

    /// <summary>Every problem, empty on success.</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }

    /// <summary>True when the scorecard was read and is consistent.</summary>
    public bool Success => Scorecard is not null;
}
