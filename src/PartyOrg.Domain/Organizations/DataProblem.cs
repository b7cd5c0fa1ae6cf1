using System;

namespace PartyOrg.Domain.Organizations;

/// <summary>
/// One reason why input data is impossible (not merely non-compliant): which collection and position it was
/// in, the offending id and field, and what was expected. A bulk load reports all of them at once.
/// </summary>
/// <remarks>
/// Besides the text, a problem keeps what a caller needs to process it without reading the text: the id it names as
/// missing (<see cref="MissingReference"/>), and the other element its message points at (<see cref="Related"/>),
/// whose path a caller can render differently with <see cref="MessageWith"/> (e.g. as the position in the caller's
/// own document when it passed only some of its elements).
/// </remarks>
public sealed class DataProblem : IEquatable<DataProblem>
{
    private readonly string? messageBefore;
    private readonly string? messageAfter;

    /// <summary>Creates a problem.</summary>
    /// <param name="collection">The collection in the contract's words: <c>organizations</c>, <c>members</c>, <c>posts</c>, …</param>
    /// <param name="index">The 0-based position in that collection, or -1.</param>
    /// <param name="subjectId">The offending id.</param>
    /// <param name="field">The field in the contract's words (<c>parent</c>, <c>branch</c>…), or null for the element.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    public DataProblem(string collection, int index, string subjectId, string? field, string message)
    {
        Collection = Internal.Guard.NotBlank(collection, nameof(collection));
        Index = index;
        SubjectId = subjectId ?? string.Empty;
        Field = field;
        Message = Internal.Guard.NotBlank(message, nameof(message));
    }

    /// <summary>
    /// Creates a problem whose message points at another element: its text is <paramref name="messageBefore"/>, the
    /// path of <paramref name="related"/> (e.g. <c>$.members[2]</c>), then <paramref name="messageAfter"/>.
    /// </summary>
    /// <param name="collection">The collection in the contract's words: <c>organizations</c>, <c>members</c>, <c>posts</c>, …</param>
    /// <param name="index">The 0-based position in that collection, or -1.</param>
    /// <param name="subjectId">The offending id.</param>
    /// <param name="field">The field in the contract's words (<c>parent</c>, <c>branch</c>…), or null for the element.</param>
    /// <param name="messageBefore">The text before the related element's path.</param>
    /// <param name="related">The element the message points at, e.g. the first element with the same id.</param>
    /// <param name="messageAfter">The text after the related element's path.</param>
    public DataProblem(string collection, int index, string subjectId, string? field, string messageBefore, DataLocation related, string messageAfter)
        : this(collection, index, subjectId, field, Internal.Guard.NotNull(messageBefore, nameof(messageBefore)) + Internal.Guard.NotNull(related, nameof(related)).Path + Internal.Guard.NotNull(messageAfter, nameof(messageAfter)))
    {
        Related = related;
        this.messageBefore = messageBefore;
        this.messageAfter = messageAfter;
    }

    /// <summary>The collection: <c>organizations</c>, <c>members</c>, <c>posts</c>, …</summary>
    public string Collection { get; }

    /// <summary>The 0-based position in the collection, or -1.</summary>
    public int Index { get; }

    /// <summary>The offending id.</summary>
    public string SubjectId { get; }

    /// <summary>The field, or null.</summary>
    public string? Field { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Message { get; }

    /// <summary>
    /// The organization or member the problem names as missing ("no organization \"b-9\""), or null when the problem
    /// is not a reference to nothing. Set by every validator of this library that reports such a reference; not part
    /// of equality (the message says the same).
    /// </summary>
    public DataReference? MissingReference { get; init; }

    /// <summary>
    /// The other element the message points at by its path, e.g. the first element with the same id in
    /// "duplicate member id \"m-1\" (first at $.members[2])", or null. Its index counts the elements as passed to
    /// the validating code. Not part of equality (the message says the same).
    /// </summary>
    public DataLocation? Related { get; }

    /// <summary>A JSON path in the interchange contract, e.g. <c>$.members[3].branch</c>.</summary>
    public string Path => "$." + Collection + (Index >= 0 ? "[" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" : string.Empty) + (Field is null ? string.Empty : "." + Field);

    /// <summary>
    /// The message with the path of <see cref="Related"/> rendered by <paramref name="pathOf"/> instead of
    /// <see cref="DataLocation.Path"/>; the rest of the text is <see cref="Message"/>'s. Without a related element,
    /// <see cref="Message"/> itself.
    /// </summary>
    /// <param name="pathOf">Renders the related element's path, e.g. with its position in the caller's document.</param>
    /// <returns>The message.</returns>
    public string MessageWith(Func<DataLocation, string> pathOf)
    {
        Internal.Guard.NotNull(pathOf, nameof(pathOf));
        return Related is { } related ? messageBefore + pathOf(related) + messageAfter : Message;
    }

    /// <inheritdoc />
    public bool Equals(DataProblem? other) =>
        other is not null && Collection == other.Collection && Index == other.Index && SubjectId == other.SubjectId && Field == other.Field && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataProblem p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path + Message);

    /// <summary>"path: message".</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => Path + ": " + Message;
}
