namespace Cooperation.BuildingBlocks.Domain;

/// <summary>The request would create something that already exists.</summary>
public sealed class ConflictException(string resourceType, string resourceId, string message)
    : DomainException(message)
{
    public string ResourceType { get; } = resourceType;

    public string ResourceId { get; } = resourceId;
}
