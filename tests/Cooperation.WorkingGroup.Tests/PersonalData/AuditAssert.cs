using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.WorkingGroup.Tests.Infrastructure;

namespace Cooperation.WorkingGroup.Tests.PersonalData;

/// <summary>Assertions on the audit records a call left.</summary>
public static class AuditAssert
{
    /// <summary>
    /// The operation left exactly one record, by the default persona (the UK co-chair of the Home
    /// Office), of <paramref name="action"/> on <paramref name="resourceType"/> <paramref name="resourceId"/>.
    /// </summary>
    public static async Task<AuditRow> SingleByDefaultCallerAsync(
        WorkingGroupServiceFactory factory, string operation, string action, string resourceType, string resourceId)
    {
        var record = Assert.Single(await AuditRecords.ForOperationAsync(factory, operation));
        Assert.Equal(("dev:" + WorkingGroupServiceFactory.DefaultPersona, "UK", DevelopmentPersonas.UkHomeOffice.ToString()),
            (record.ActorSubject, record.ActorParticipant, record.ActorAgencyId));
        Assert.Equal((action, resourceType, resourceId), (record.Action, record.ResourceType, record.ResourceId));
        return record;
    }
}
