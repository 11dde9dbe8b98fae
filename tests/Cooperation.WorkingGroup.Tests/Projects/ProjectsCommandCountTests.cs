using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Xunit.Abstractions;
using Cooperation.WorkingGroup.Tests.Meetings;

namespace Cooperation.WorkingGroup.Tests.Projects;

/// <summary>The projects reads run a fixed number of database commands whatever the page size.</summary>
public sealed class ProjectsCommandCountTests(WorkingGroupServiceFactory factory, ITestOutputHelper output) : IClassFixture<WorkingGroupServiceFactory>
{
    private const int ManyProjects = 20;

    [Fact]
    public async Task ListProjects_runs_as_many_commands_for_a_page_of_one_as_for_a_page_of_many()
    {
        var programme = await factory.SharedProgrammeAsync();
        for (var i = 0; i < ManyProjects; i++)
        {
            await factory.ProposeAsync(programme, ProjectWorkstream.CapacityBuilding);
        }

        var one = new ListProjectsRequest { Workstream = ProjectWorkstream.CapacityBuilding, PageSize = 1 };
        var many = new ListProjectsRequest { Workstream = ProjectWorkstream.CapacityBuilding, PageSize = ManyProjects };
        var page = (await factory.Projects().ListProjectsAsync(many)).Projects;
        Assert.Equal(ManyProjects, page.Count);
        Assert.All(page, p => Assert.Equal(2, p.LeadAgencyIds.Count));

        var forOne = await factory.CommandsOfAsync(() => factory.Projects().ListProjectsAsync(one).ResponseAsync);
        var forMany = await factory.CommandsOfAsync(() => factory.Projects().ListProjectsAsync(many).ResponseAsync);

        output.WriteLine($"ListProjects ran {forOne} commands for a page of 1 and {forMany} for a page of {ManyProjects}.");
        Assert.True(forOne == forMany && forMany <= 3, $"ListProjects ran {forOne} commands for a page of 1 and {forMany} for a page of {ManyProjects}.");
    }

    [Fact]
    public async Task GetProject_runs_a_fixed_number_of_commands()
    {
        var programme = await factory.SharedProgrammeAsync();
        var project = await factory.ProposeAsync(programme, ProjectWorkstream.Training);

        var count = await factory.CommandsOfAsync(() => factory.Projects().GetProjectAsync(new GetProjectRequest { ProjectId = project.Id }).ResponseAsync);

        output.WriteLine($"GetProject ran {count} commands.");
        Assert.True(count <= 3, $"GetProject ran {count} commands.");
    }
}
