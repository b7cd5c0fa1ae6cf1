namespace PartyOrg.Domain.Compliance;

/// <summary>Base of the built-in rules: a descriptor and an evaluation.</summary>
internal abstract class Rule : IComplianceRule
{
    protected Rule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public abstract void Evaluate(ComplianceContext context);
}
