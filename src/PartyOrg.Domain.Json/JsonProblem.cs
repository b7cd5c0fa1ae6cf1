using System;

namespace PartyOrg.Domain.Json;

/// <summary>
/// 数据问题 — one reason why an input document cannot be read: the JSON path of the offending value (e.g.
/// <c>$.members[3].branch</c>) and what is wrong and what was expected. An immutable value.
/// </summary>
public sealed class JsonProblem : IEquatable<JsonProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">The JSON path, starting with <c>$</c>.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <exception cref="ArgumentException">The path does not start with <c>$</c>, or the message is empty.</exception>
    public JsonProblem(string path, string message)
    {
        if (path is null || !path.StartsWith("$", StringComparison.Ordinal))
        {
            throw new ArgumentException($"A JSON path starts with \"$\", not \"{path}\".", nameof(path));
        }

        if (string.IsNullOrWhiteSpace(message))
        {
            throw new ArgumentException("Expected a non-empty message.", nameof(message));
        }

        Path = path;
        Message = message;
    }

    /// <summary>The JSON path, e.g. <c>$.members[3].branch</c>.</summary>
    public string Path { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(JsonProblem? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JsonProblem p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Path) * 397) ^ StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>"path: message", e.g. <c>$.members[3].branch: no organization "b-9"</c>.</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => Path + ": " + Message;
}
