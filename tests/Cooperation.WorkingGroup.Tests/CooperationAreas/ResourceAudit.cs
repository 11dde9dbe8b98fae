using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.PersonalData;

namespace Cooperation.WorkingGroup.Tests.CooperationAreas;

/// <summary>
/// Audit assertions that look only at the records of what a test itself did, so the tests of a
/// class can share one service.
/// </summary>
internal static class ResourceAudit
{
    /// <summary>Exactly one record of <paramref name="operation"/> on the resource, by the default persona (the UK co-chair of the Home Office).</summary>
    public static async Task SingleByDefaultCallerAsync(
        WorkingGroupServiceFactory factory, string operation, string action, string resourceType, string resourceId)
    {
        var record = Assert.Single(await AuditRecords.ForResourceAsync(factory, resourceId), r => r.Operation == operation);
        Assert.Equal(("dev:" + WorkingGroupServiceFactory.DefaultPersona, "UK", DevelopmentPersonas.UkHomeOffice.ToString()),
            (record.ActorSubject, record.ActorParticipant, record.ActorAgencyId));
        Assert.Equal((action, resourceType), (record.Action, record.ResourceType));
    }

    /// <summary>The records left by calls as <paramref name="persona"/>.</summary>
    public static async Task<IReadOnlyList<AuditRow>> ByPersonaAsync(WorkingGroupServiceFactory factory, string persona) =>
        (await AuditRecords.AllAsync(factory)).Where(r => r.ActorSubject == "dev:" + persona).ToList();
}
