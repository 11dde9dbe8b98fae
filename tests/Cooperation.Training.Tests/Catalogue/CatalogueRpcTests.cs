using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Training.Catalogue;
using Cooperation.Training.Tests.Infrastructure;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Catalogue;

public sealed class CatalogueRpcTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    private V1.CatalogueService.CatalogueServiceClient Client(string persona = Personas.UkCoordinator) => new(factory.ChannelFor(persona));

    [Fact]
    public async Task CreateActivity_adds_a_draft_that_a_get_reads_back_and_audits_it()
    {
        var request = CatalogueRequests.NewActivity();

        var created = (await Client().CreateActivityAsync(request)).Activity;

        Assert.Equal(V1.ActivityStatus.Draft, created.Status);
        Assert.Equal(request.Code, created.Code);
        Assert.Equal(request.Themes, created.Themes);
        Assert.Equal(["en", "bg"], created.Languages);
        Assert.Null(created.PublishedAt);
        var read = (await Client(Personas.Analyst).GetActivityAsync(new V1.GetActivityRequest { ActivityId = created.Id })).Activity;
        Assert.Equal(created, read);
        var audit = Assert.Single(await factory.AuditOfAsync(CatalogueAudit.Activity, created.Id));
        Assert.Equal(AuditAction.Create, audit.Action);
        Assert.Equal("CreateActivity", audit.Operation);
        Assert.Equal(AuditTrailReader.ActorOf(Personas.UkCoordinator), audit.Actor);
    }

    [Fact]
    public async Task CreateActivity_names_every_bad_field()
    {
        var request = CatalogueRequests.NewActivity();
        request.Code = "BM 101!";
        request.Kind = V1.ActivityKind.Unspecified;
        request.TitleBg = "";
        request.Themes.Add(TypeV1.CooperationAreaTag.Unspecified);
        request.Languages.Add("english");
        request.OwnerAgencyId = "not-a-uuid";

        foreach (var field in new[] { "code", "kind", "title_bg", "themes[2]", "languages[2]", "owner_agency_id" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().CreateActivityAsync(request).ResponseAsync);
        }
    }

    [Fact]
    public async Task CreateActivity_refuses_a_repeated_theme_or_language()
    {
        var request = CatalogueRequests.NewActivity();
        request.Themes.Add(TypeV1.CooperationAreaTag.BorderSecurity);
        request.Languages.Add("EN");

        await RpcAssert.InvalidArgumentAsync("themes", () => Client().CreateActivityAsync(request).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("languages", () => Client().CreateActivityAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task CreateActivity_refuses_a_code_already_in_the_catalogue_whatever_its_case()
    {
        var first = CatalogueRequests.NewActivity();
        await Client().CreateActivityAsync(first);
        var second = CatalogueRequests.NewActivity();
        second.Code = first.Code.ToLowerInvariant();

        await RpcAssert.ThrowsAsync(StatusCode.AlreadyExists, () => Client().CreateActivityAsync(second).ResponseAsync);
    }

    [Fact]
    public async Task CreateActivity_for_another_agency_is_permission_denied_but_a_co_chair_may()
    {
        var request = CatalogueRequests.NewActivity(DevelopmentPersonas.BgBorderPolice);

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client().CreateActivityAsync(request).ResponseAsync);
        var created = (await Client(Personas.UkCoChair).CreateActivityAsync(request)).Activity;
        Assert.Equal(DevelopmentPersonas.BgBorderPolice.ToString(), created.OwnerAgencyId);
    }

    [Fact]
    public async Task Catalogue_writes_need_the_manage_training_policy_and_every_call_a_token()
    {
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => Client(Personas.Analyst).CreateActivityAsync(CatalogueRequests.NewActivity()).ResponseAsync);
        var anonymous = new V1.CatalogueService.CatalogueServiceClient(factory.AnonymousChannel);
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated,
            () => anonymous.ListActivitiesAsync(new V1.ListActivitiesRequest()).ResponseAsync);
    }

    [Fact]
    public async Task GetActivity_answers_not_found_for_an_unknown_id_and_invalid_argument_for_a_bad_one()
    {
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client().GetActivityAsync(new V1.GetActivityRequest { ActivityId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("activity_id",
            () => Client().GetActivityAsync(new V1.GetActivityRequest { ActivityId = "42" }).ResponseAsync);
    }

    [Fact]
    public async Task PublishActivity_offers_a_draft_once_and_audits_it()
    {
        var created = (await Client().CreateActivityAsync(CatalogueRequests.NewActivity())).Activity;
        factory.Clock.Advance(TimeSpan.FromHours(1));

        var published = (await Client().PublishActivityAsync(new V1.PublishActivityRequest { ActivityId = created.Id })).Activity;

        Assert.Equal(V1.ActivityStatus.Published, published.Status);
        Assert.Equal(factory.Clock.GetUtcNow(), published.PublishedAt.ToDateTimeOffset());
        Assert.Equal(published, (await Client().GetActivityAsync(new V1.GetActivityRequest { ActivityId = created.Id })).Activity);
        await RpcAssert.FailedPreconditionAsync(CatalogueRules.OnlyDraftActivitiesArePublished,
            () => Client().PublishActivityAsync(new V1.PublishActivityRequest { ActivityId = created.Id }).ResponseAsync);
        var audit = await factory.AuditOfAsync(CatalogueAudit.Activity, created.Id);
        Assert.Equal([AuditAction.Create, AuditAction.Update], audit.Select(a => a.Action));
        Assert.Equal("PublishActivity", audit[1].Operation);
    }

    [Fact]
    public async Task PublishActivity_answers_not_found_invalid_argument_and_permission_denied_for_another_agency()
    {
        var created = (await Client().CreateActivityAsync(CatalogueRequests.NewActivity())).Activity;
        var other = new V1.CatalogueService.CatalogueServiceClient(factory.ChannelFor(Personas.BgCoordinator));

        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client().PublishActivityAsync(new V1.PublishActivityRequest { ActivityId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("activity_id",
            () => Client().PublishActivityAsync(new V1.PublishActivityRequest()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => other.PublishActivityAsync(new V1.PublishActivityRequest { ActivityId = created.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => other.CloseActivityAsync(new V1.CloseActivityRequest { ActivityId = created.Id }).ResponseAsync);
    }

    [Fact]
    public async Task CloseActivity_stops_offering_an_activity_once()
    {
        var created = (await Client().CreateActivityAsync(CatalogueRequests.NewActivity())).Activity;
        await Client().PublishActivityAsync(new V1.PublishActivityRequest { ActivityId = created.Id });

        var closed = (await Client().CloseActivityAsync(new V1.CloseActivityRequest { ActivityId = created.Id })).Activity;

        Assert.Equal(V1.ActivityStatus.Closed, closed.Status);
        Assert.NotNull(closed.ClosedAt);
        await RpcAssert.FailedPreconditionAsync(CatalogueRules.ClosedActivitiesStayClosed,
            () => Client().CloseActivityAsync(new V1.CloseActivityRequest { ActivityId = created.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client().CloseActivityAsync(new V1.CloseActivityRequest { ActivityId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("activity_id",
            () => Client().CloseActivityAsync(new V1.CloseActivityRequest { ActivityId = "x" }).ResponseAsync);
    }

    [Fact]
    public async Task ListActivities_filters_by_status_kind_and_theme_and_pages()
    {
        var webinar = CatalogueRequests.NewActivity();
        webinar.Kind = V1.ActivityKind.Webinar;
        webinar.Themes.Clear();
        webinar.Themes.Add(TypeV1.CooperationAreaTag.IllicitCash);
        var created = (await Client().CreateActivityAsync(webinar)).Activity;

        var byTheme = await Client().ListActivitiesAsync(new V1.ListActivitiesRequest { Theme = TypeV1.CooperationAreaTag.IllicitCash });
        Assert.Contains(byTheme.Activities, a => a.Id == created.Id);
        Assert.All(byTheme.Activities, a => Assert.Contains(TypeV1.CooperationAreaTag.IllicitCash, a.Themes));
        var byKind = await Client().ListActivitiesAsync(new V1.ListActivitiesRequest { Kind = V1.ActivityKind.Webinar, Status = V1.ActivityStatus.Draft });
        Assert.All(byKind.Activities, a => Assert.Equal(V1.ActivityKind.Webinar, a.Kind));
        Assert.Contains(byKind.Activities, a => a.Id == created.Id);
        var published = await Client().ListActivitiesAsync(new V1.ListActivitiesRequest { Status = V1.ActivityStatus.Published });
        Assert.DoesNotContain(published.Activities, a => a.Id == created.Id);

        await Client().CreateActivityAsync(CatalogueRequests.NewActivity());
        var first = await Client().ListActivitiesAsync(new V1.ListActivitiesRequest { PageSize = 1 });
        var second = await Client().ListActivitiesAsync(new V1.ListActivitiesRequest { PageSize = 1, PageToken = first.NextPageToken });
        Assert.Single(first.Activities);
        Assert.Single(second.Activities);
        Assert.NotEqual(first.Activities[0].Id, second.Activities[0].Id);
    }

    [Fact]
    public async Task ListActivities_names_bad_filters_and_paging()
    {
        await RpcAssert.InvalidArgumentAsync("page_size",
            () => Client().ListActivitiesAsync(new V1.ListActivitiesRequest { PageSize = -1 }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("page_token",
            () => Client().ListActivitiesAsync(new V1.ListActivitiesRequest { PageToken = "??" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("kind",
            () => Client().ListActivitiesAsync(new V1.ListActivitiesRequest { Kind = (V1.ActivityKind)99 }).ResponseAsync);
    }
}
