using System;
using System.Collections.Generic;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// The values shared by the rules of one run (<see cref="ComplianceContext.GetShared{T}"/>): each made once, by the first
/// rule that asks, and then only read. The threads of a parallel check share one store, so an index that several rules
/// read is built once per run rather than once per thread; a thread that asks while another is making it waits for it.
/// </summary>
internal sealed class SharedValues
{
    private readonly Dictionary<string, Slot> slots = new(StringComparer.Ordinal);

    /// <summary>The value under <paramref name="key"/>, made by <paramref name="factory"/> on first use.</summary>
    internal T Get<T>(string key, ComplianceContext context, Func<ComplianceContext, T> factory)
        where T : class
    {
        if (factory is null)
        {
            throw new ArgumentNullException(nameof(factory));
        }

        Slot slot;
        lock (slots)
        {
            if (!slots.TryGetValue(key ?? throw new ArgumentNullException(nameof(key)), out slot!))
            {
                slot = new Slot();
                slots.Add(key, slot);
            }
        }

        return (T)slot.GetOrMake(context, factory)!;
    }

    /// <summary>One value: made under the slot's lock (a factory that fails leaves it unmade, and the next caller tries again).</summary>
    private sealed class Slot
    {
        private readonly object gate = new();
        private volatile bool made;
        private object? value;

        internal object? GetOrMake<T>(ComplianceContext context, Func<ComplianceContext, T> factory)
            where T : class
        {
            if (made)
            {
                return value;
            }

            lock (gate)
            {
                if (!made)
                {
                    value = factory(context);
                    made = true;
                }

                return value;
            }
        }
    }
}
