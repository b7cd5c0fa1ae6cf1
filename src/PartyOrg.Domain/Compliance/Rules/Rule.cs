using System;

namespace PartyOrg.Domain.Compliance;

/// <summary>
/// Base of the built-in rules: a descriptor and an evaluation. A rule states its descriptor in one line
/// (<c>public override RuleDescriptor Descriptor => Definition;</c>); intermediate bases that need the descriptor while
/// constructing pass it to the constructor instead.
/// </summary>
internal abstract class Rule : IComplianceRule
{
    private readonly RuleDescriptor? descriptor;

    protected Rule()
    {
    }

    protected Rule(RuleDescriptor descriptor) => this.descriptor = descriptor;

    public virtual RuleDescriptor Descriptor => descriptor ?? throw new InvalidOperationException($"{GetType().Name} states no descriptor.");

    public abstract void Evaluate(ComplianceContext context);

    /// <summary>
    /// A rough share of a large audit's time (0: small), read only by a parallel check to start the expensive rules first
    /// so that no thread is left alone with one at the end. It never changes what is found, nor the order of the findings.
    /// </summary>
    internal virtual int Cost => 0;
}
