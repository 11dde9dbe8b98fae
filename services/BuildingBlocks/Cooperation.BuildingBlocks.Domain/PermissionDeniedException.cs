namespace Cooperation.BuildingBlocks.Domain;

/// <summary>
/// The caller is known but may not do this (a role it lacks, another agency's record). Raised
/// instead of pretending the resource does not exist. <see cref="Reason"/> is a stable
/// UPPER_SNAKE_CASE name a client can act on, for example <c>OTHER_AGENCY_RECORD</c>.
/// </summary>
public sealed class PermissionDeniedException(string reason, string message) : DomainException(message)
{
    public string Reason { get; } = reason;
}
