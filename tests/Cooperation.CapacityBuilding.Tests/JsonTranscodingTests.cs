using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Cooperation.CapacityBuilding.Tests.Projects;

namespace Cooperation.CapacityBuilding.Tests;

public sealed class JsonTranscodingTests(CapacityBuildingServiceFactory factory) : JsonTranscodingTests<CapacityBuildingServiceFactory>(factory)
{
    protected override AuditedJsonWrite AuditedWrite => new(
        "/v1/capacity-building/create-project", "CreateProject", ProjectRequests.NewProject(),
        "uk-project-lead", "Project", "project.id");
}
