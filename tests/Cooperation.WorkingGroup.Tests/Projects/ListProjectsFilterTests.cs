using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;

namespace Cooperation.WorkingGroup.Tests.Projects;

/// <summary>An enum filter with a number the service does not know is a bad request, never "no filter".</summary>
public sealed class ListProjectsFilterTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private readonly ProjectsService.ProjectsServiceClient _client = new(factory.Channel);

    [Fact]
    public async Task ListProjects_refuses_an_unknown_status_or_workstream_filter_naming_the_field()
    {
        await RpcAssert.InvalidArgumentAsync("status",
            () => _client.ListProjectsAsync(new ListProjectsRequest { Status = (ProjectStatus)99 }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("workstream",
            () => _client.ListProjectsAsync(new ListProjectsRequest { Workstream = (ProjectWorkstream)99 }).ResponseAsync);
    }
}
