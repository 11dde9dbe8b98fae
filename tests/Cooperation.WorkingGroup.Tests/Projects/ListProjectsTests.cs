using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;

namespace Cooperation.WorkingGroup.Tests.Projects;

// A factory per test: ListProjects filters only by status and workstream, so its pages are exact only on a programme of its own.
public sealed class ListProjectsTests : IDisposable
{
    private readonly WorkingGroupServiceFactory _factory = new();

    private ProjectsService.ProjectsServiceClient Client => _factory.Projects();

    [Fact]
    public async Task ListProjects_filters_by_status_and_workstream_and_pages()
    {
        var programme = await _factory.SeedProgrammeAsync();
        var training = await _factory.ProposeAsync(programme, ProjectWorkstream.Training);
        var capacity = await _factory.ProposeAsync(programme, ProjectWorkstream.CapacityBuilding);
        var agreed = await _factory.ProposeAsync(programme, ProjectWorkstream.Training);
        var decision = await _factory.DecideJointlyAsync(await _factory.HoldAsync(programme));
        await Client.AgreeProjectAsync(new AgreeProjectRequest { ProjectId = agreed.Id, DecisionId = decision.Id });

        var proposedTraining = await Client.ListProjectsAsync(new ListProjectsRequest { Status = ProjectStatus.Proposed, Workstream = ProjectWorkstream.Training });
        var capacityBuilding = await Client.ListProjectsAsync(new ListProjectsRequest { Workstream = ProjectWorkstream.CapacityBuilding });
        var first = await Client.ListProjectsAsync(new ListProjectsRequest { PageSize = 2 });
        var second = await Client.ListProjectsAsync(new ListProjectsRequest { PageSize = 2, PageToken = first.NextPageToken });

        Assert.Equal([training.Id], proposedTraining.Projects.Select(p => p.Id));
        Assert.Equal([capacity.Id], capacityBuilding.Projects.Select(p => p.Id));
        Assert.Equal(3, first.Projects.Count + second.Projects.Count);
        Assert.Equal(string.Empty, second.NextPageToken);
        await RpcAssert.InvalidArgumentAsync("page_size", () => Client.ListProjectsAsync(new ListProjectsRequest { PageSize = -1 }).ResponseAsync);
    }

    public void Dispose() => _factory.Dispose();
}
