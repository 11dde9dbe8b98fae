using Cooperation.Contracts.Type.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests;

public sealed class JsonTranscodingTests(WorkingGroupServiceFactory factory) : JsonTranscodingTests<WorkingGroupServiceFactory>(factory)
{
    protected override AuditedJsonWrite AuditedWrite => new(
        "/v1/working-group/create-agency", "CreateAgency",
        new V1.CreateAgencyRequest
        {
            Participant = Participant.Uk,
            NameEn = "Agency over JSON " + Guid.NewGuid().ToString("N")[..8],
            NameBg = "Агенция",
            Kind = V1.AgencyKind.Police,
        },
        "uk-co-chair", "Agency", "agency.id");
}
