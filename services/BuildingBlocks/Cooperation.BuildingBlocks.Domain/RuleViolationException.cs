namespace Cooperation.BuildingBlocks.Domain;

/// <summary>
/// The request is well formed but breaks one of the programme's rules in the current state
/// (a second UK co-chair, a binding decision without both participants present, …).
/// <see cref="Rule"/> is a stable, machine-readable name for the rule.
/// </summary>
public sealed class RuleViolationException(string rule, string message) : DomainException(message)
{
    public string Rule { get; } = rule;
}
