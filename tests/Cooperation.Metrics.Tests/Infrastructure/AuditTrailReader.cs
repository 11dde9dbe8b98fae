using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security.Development;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.Metrics.Tests.Infrastructure;

/// <summary>Reads the service's audit trail back, as the service's own queries do.</summary>
public static class AuditTrailReader
{
    /// <summary>Every record about one resource, oldest first.</summary>
    public static Task<IReadOnlyList<AuditRecord>> AuditOfAsync(this MetricsServiceFactory factory, string resourceType, string resourceId) =>
        factory.Services.GetRequiredService<AuditQueries>().ListAsync(new AuditFilter(ResourceType: resourceType, ResourceId: resourceId), new PageRequest(0, 200));

    /// <summary>Every record of one kind of resource, oldest first.</summary>
    public static Task<IReadOnlyList<AuditRecord>> AuditOfAsync(this MetricsServiceFactory factory, string resourceType) =>
        factory.Services.GetRequiredService<AuditQueries>().ListAsync(new AuditFilter(ResourceType: resourceType), new PageRequest(0, 200));

    /// <summary>The actor a persona's token makes: its subject, participant and agency.</summary>
    public static AuditActor ActorOf(string persona)
    {
        var found = DevelopmentPersonas.Find(persona) ?? throw new ArgumentException($"No persona '{persona}'.", nameof(persona));
        return new AuditActor(found.Subject, found.Participant, found.AgencyId);
    }
}
