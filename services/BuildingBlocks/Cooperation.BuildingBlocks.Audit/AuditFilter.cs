namespace Cooperation.BuildingBlocks.Audit;

/// <summary>Which records to list; every set filter must match. <see cref="To"/> is exclusive.</summary>
public sealed record AuditFilter(
    string? ActorSubject = null,
    Guid? AgencyId = null,
    string? ResourceType = null,
    string? ResourceId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null);
