using System;
using System.Collections.Generic;
using NodaTime;
using PartyOrg.Domain.Organizations;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 检查输入 — what a compliance run looks at: the organization tree, the "as of" date, the audit window and
/// the optional data sets (meeting records, terms, elections) added with the <c>With…</c> methods. Immutable:
/// each <c>With…</c> returns a new input.
/// </summary>
public sealed partial class ComplianceInput
{
    private readonly IReadOnlyDictionary<Type, object> data;

    /// <summary>Creates an input for the calendar year containing <paramref name="asOf"/>, up to and including it.</summary>
    /// <param name="tree">The organization tree.</param>
    /// <param name="asOf">The "as of" date: periods ending after it are still open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null.</exception>
    public ComplianceInput(OrganizationTree tree, LocalDate asOf)
        : this(tree ?? throw new ArgumentNullException(nameof(tree)), asOf, new DateInterval(new LocalDate(asOf.Year, 1, 1), asOf), new Dictionary<Type, object>())
    {
    }

    private ComplianceInput(OrganizationTree tree, LocalDate asOf, DateInterval window, IReadOnlyDictionary<Type, object> data)
    {
        Tree = tree;
        AsOf = asOf;
        Window = window;
        this.data = data;
    }

    /// <summary>The organization tree.</summary>
    public OrganizationTree Tree { get; }

    /// <summary>The "as of" date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The audit window: periods are judged inside it.</summary>
    public DateInterval Window { get; }

    /// <summary>A copy with another audit window.</summary>
    /// <param name="window">The window (for example a whole year, or a quarter).</param>
    /// <returns>The new input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public ComplianceInput WithWindow(DateInterval window) =>
        new(Tree, AsOf, window ?? throw new ArgumentNullException(nameof(window)), data);

    /// <summary>A copy with another "as of" date (the window is unchanged).</summary>
    /// <param name="asOf">The new date.</param>
    /// <returns>The new input.</returns>
    public ComplianceInput WithAsOf(LocalDate asOf) => new(Tree, asOf, Window, data);

    /// <summary>A copy with another tree (used for what-if comparisons).</summary>
    /// <param name="tree">The new tree.</param>
    /// <returns>The new input.</returns>
    public ComplianceInput WithTree(OrganizationTree tree) =>
        new(tree ?? throw new ArgumentNullException(nameof(tree)), AsOf, Window, data);

    /// <summary>Stores a data set of type <typeparamref name="T"/> (one per type).</summary>
    private ComplianceInput WithData<T>(T value)
        where T : class
    {
        var copy = new Dictionary<Type, object>();
        foreach (var pair in data)
        {
            copy[pair.Key] = pair.Value;
        }

        copy[typeof(T)] = value ?? throw new ArgumentNullException(nameof(value));
        return new ComplianceInput(Tree, AsOf, Window, copy);
    }

    /// <summary>The data set of type <typeparamref name="T"/>, or null when none was added.</summary>
    private T? GetData<T>()
        where T : class
        => data.TryGetValue(typeof(T), out var v) ? (T)v : null;
}
