using System;
using System.Globalization;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// 参数 — the name of a number or setting a rule reads from its <see cref="ComplianceProfile"/> (a threshold, a
/// frequency, a term length). Rules never hard-code these: a local overlay changes a value with
/// <see cref="ComplianceProfile.WithParameter{T}(ParameterKey{T}, T)"/>.
/// </summary>
public abstract class ParameterKey
{
    private protected ParameterKey(string name, LocalizedText description, Type valueType)
    {
        Name = Internal.Guard.NotBlank(name, nameof(name));
        Description = description ?? throw new ArgumentNullException(nameof(description));
        ValueType = valueType;
    }

    /// <summary>The stable name, e.g. <c>branch.max-members</c>.</summary>
    public string Name { get; }

    /// <summary>What the parameter means.</summary>
    public LocalizedText Description { get; }

    /// <summary>The type of the value.</summary>
    public Type ValueType { get; }

    /// <summary>Renders a value of this parameter for docs and reports.</summary>
    /// <param name="value">A value of <see cref="ValueType"/>.</param>
    /// <returns>The text.</returns>
    public abstract string FormatValue(object value);

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}

/// <summary>A typed <see cref="ParameterKey"/>.</summary>
/// <typeparam name="T">The value type. Values must be immutable.</typeparam>
public sealed class ParameterKey<T> : ParameterKey
    where T : notnull
{
    private readonly Func<T, string>? format;

    /// <summary>Creates a parameter key.</summary>
    /// <param name="name">The stable name, e.g. <c>branch.max-members</c>.</param>
    /// <param name="description">What the parameter means.</param>
    /// <param name="format">How a value is rendered in docs; defaults to its invariant-culture string.</param>
    public ParameterKey(string name, LocalizedText description, Func<T, string>? format = null)
        : base(name, description, typeof(T))
    {
        this.format = format;
    }

    /// <inheritdoc />
    public override string FormatValue(object value)
    {
        if (value is not T typed)
        {
            throw new ArgumentException($"Parameter {Name} takes a {typeof(T).Name}, not a {value?.GetType().Name ?? "null"}.", nameof(value));
        }

        return format is not null ? format(typed) : Convert.ToString(typed, CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
