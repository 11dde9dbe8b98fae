namespace Cooperation.BuildingBlocks.Domain;

/// <summary>The request names a resource that does not exist.</summary>
public sealed class NotFoundException(string resourceType, string resourceId)
    : DomainException($"{resourceType} '{resourceId}' was not found.")
{
    public string ResourceType { get; } = resourceType;

    public string ResourceId { get; } = resourceId;
}
