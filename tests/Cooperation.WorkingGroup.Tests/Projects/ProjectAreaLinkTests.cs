using Cooperation.Contracts.Type.V1;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using Grpc.Core;

namespace Cooperation.WorkingGroup.Tests.Projects;

/// <summary>A project names the statement's tags and may link to the identified cooperation areas it serves.</summary>
public sealed class ProjectAreaLinkTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private async Task<string> IdentifyAreaAsync() =>
        (await new CooperationAreasService.CooperationAreasServiceClient(factory.Channel).IdentifyCooperationAreaAsync(new IdentifyCooperationAreaRequest
        {
            Title = "Document fraud at the border",
            Description = "Forged travel documents at the land border",
            Tags = { CooperationAreaTag.BorderSecurity },
        })).CooperationArea.Id;

    private async Task<ProposeProjectRequest> RequestAsync(params string[] areaIds)
    {
        var programme = await factory.SharedProgrammeAsync();
        var request = new ProposeProjectRequest
        {
            Title = "Document fraud detection",
            Summary = "Joint course for border officers",
            Workstream = ProjectWorkstream.Training,
            CooperationAreas = { CooperationAreaTag.BorderSecurity },
            LeadAgencyIds = { programme.BgAgency.ToString() },
        };
        request.CooperationAreaIds.AddRange(areaIds);
        return request;
    }

    [Fact]
    public async Task ProposeProject_links_the_identified_areas_it_serves_and_reads_them_back()
    {
        var first = await IdentifyAreaAsync();
        var second = await IdentifyAreaAsync();

        var proposed = (await factory.Projects().ProposeProjectAsync(await RequestAsync(second, first, first))).Project;

        string[] expected = [.. new[] { first, second }.Order(StringComparer.Ordinal)];
        Assert.Equal(expected, proposed.CooperationAreaIds);
        Assert.Equal(proposed, (await factory.Projects().GetProjectAsync(new GetProjectRequest { ProjectId = proposed.Id })).Project);
    }

    [Fact]
    public async Task ProposeProject_refuses_a_malformed_or_unknown_area_id()
    {
        await RpcAssert.InvalidArgumentAsync("cooperation_area_ids[0]",
            async () => await factory.Projects().ProposeProjectAsync(await RequestAsync("not-a-uuid")));
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            async () => await factory.Projects().ProposeProjectAsync(await RequestAsync(Guid.NewGuid().ToString())));
    }
}
