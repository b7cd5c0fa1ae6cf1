using System;
using System.Collections.Generic;
using System.Linq;

namespace PartyOrg.Domain.Json;

/// <summary>
/// The result of loading an input document: either the <see cref="Document"/> with the built domain objects, or
/// every <see cref="Problems">problem</see> found, each with its JSON path. Never both.
/// </summary>
public sealed class LoadResult
{
    private LoadResult(PartyOrgDocument? document, IReadOnlyList<JsonProblem> problems)
    {
        Document = document;
        Problems = problems;
    }

    /// <summary>The loaded document, or null when there are problems.</summary>
    public PartyOrgDocument? Document { get; }

    /// <summary>Every problem found, in document order; empty on success.</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }

    /// <summary>True when the document was loaded.</summary>
    public bool Success => Document is not null;

    /// <summary>The document, or an <see cref="InvalidDocumentException"/> listing every problem.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidDocumentException">The document could not be read.</exception>
    public PartyOrgDocument GetDocumentOrThrow() => Document ?? throw new InvalidDocumentException(Problems);

    internal static LoadResult Ok(PartyOrgDocument document) => new(document, Array.Empty<JsonProblem>());

    internal static LoadResult Failed(IEnumerable<JsonProblem> problems)
    {
        var list = problems.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A failed load has at least one problem.", nameof(problems));
        }

        return new LoadResult(null, list);
    }
}

/// <summary>Thrown by <see cref="LoadResult.GetDocumentOrThrow"/>: the document could not be read; lists every problem.</summary>
public sealed class InvalidDocumentException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems, at least one.</param>
    public InvalidDocumentException(IReadOnlyList<JsonProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem.</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }

    private static string Describe(IReadOnlyList<JsonProblem> problems)
    {
        if (problems is null || problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is needed.", nameof(problems));
        }

        var lines = problems.Take(50).Select(p => "  " + p);
        var more = problems.Count > 50 ? "\n  … and " + (problems.Count - 50).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more" : string.Empty;
        return "The document cannot be read (" + problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " problem" + (problems.Count == 1 ? string.Empty : "s") + "):\n" + string.Join("\n", lines) + more;
    }
}
