using Cooperation.Contracts.Messages.Training;
using Cooperation.Training.Needs;
using Cooperation.Training.Tests.Cascades;
using Cooperation.Training.Tests.Events;
using Cooperation.Training.Tests.Infrastructure;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Needs;

public sealed class TrainingNeedsRpcTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    [Fact]
    public async Task RegisterTrainingNeed_registers_the_callers_agencys_need_and_audits_it()
    {
        var decision = NeedRequests.NcaNeed(40);
        decision.Source = V1.NeedSource.WorkingGroupDecision;
        decision.DecisionId = Guid.NewGuid().ToString();

        var need = (await factory.Needs().RegisterTrainingNeedAsync(decision)).Need;

        Assert.Equal(40, need.Headcount);
        Assert.Equal(decision.DecisionId, need.DecisionId);
        Assert.Equal(0, need.CoveredCount);
        Assert.Empty(need.ActivityIds);
        Assert.Single(await factory.AuditOfAsync(NeedsAudit.Need, need.Id));
        Assert.Equal(need, (await factory.Needs(Personas.Analyst).GetTrainingNeedAsync(new V1.GetTrainingNeedRequest { NeedId = need.Id })).Need);
    }

    [Fact]
    public async Task RegisterTrainingNeed_answers_invalid_argument_naming_each_field_and_permission_denied()
    {
        var zero = NeedRequests.NcaNeed(0);
        await RpcAssert.InvalidArgumentAsync("headcount", () => factory.Needs().RegisterTrainingNeedAsync(zero).ResponseAsync);
        var noDecision = NeedRequests.NcaNeed();
        noDecision.Source = V1.NeedSource.WorkingGroupDecision;
        await RpcAssert.InvalidArgumentAsync("decision_id", () => factory.Needs().RegisterTrainingNeedAsync(noDecision).ResponseAsync);
        var strayDecision = NeedRequests.NcaNeed();
        strayDecision.DecisionId = Guid.NewGuid().ToString();
        await RpcAssert.InvalidArgumentAsync("decision_id", () => factory.Needs().RegisterTrainingNeedAsync(strayDecision).ResponseAsync);
        var noTheme = NeedRequests.NcaNeed();
        noTheme.Theme = TypeV1.CooperationAreaTag.Unspecified;
        await RpcAssert.InvalidArgumentAsync("theme", () => factory.Needs().RegisterTrainingNeedAsync(noTheme).ResponseAsync);
        var noUrgency = NeedRequests.NcaNeed();
        noUrgency.Urgency = (V1.NeedUrgency)42;
        await RpcAssert.InvalidArgumentAsync("urgency", () => factory.Needs().RegisterTrainingNeedAsync(noUrgency).ResponseAsync);

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => factory.Needs(Personas.BgCoordinator).RegisterTrainingNeedAsync(NeedRequests.NcaNeed()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => factory.Needs(Personas.Analyst).RegisterTrainingNeedAsync(NeedRequests.NcaNeed()).ResponseAsync);
    }

    [Fact]
    public async Task Coverage_counts_the_agencys_officials_who_completed_a_linked_activity_capped_at_the_headcount_and_is_announced_when_it_moves()
    {
        var need = await factory.RegisteredAsync(headcount: 2);
        var (activityId, outcomes) = await factory.AssessedTrainingAsync(officials: 1, present: 1);

        var linked = (await factory.Needs().LinkActivityAsync(new V1.LinkActivityRequest { NeedId = need.Id, ActivityId = activityId })).Need;

        Assert.Equal(1, linked.CoveredCount);
        Assert.Equal([activityId], linked.ActivityIds);
        var announced = Assert.Single(await factory.OutboxAsync<TrainingNeedCoverageChanged>(), e => e.NeedId.ToString() == need.Id);
        Assert.Equal((2, 1, "border_security", "UK"), (announced.Headcount, announced.CoveredCount, announced.Theme, announced.Participant));

        // Three more of the agency's officials complete the activity: coverage stops at the headcount.
        await factory.AssessedTrainingAsync(officials: 4, present: 3, activityId: activityId);
        var covered = (await factory.Needs().GetTrainingNeedAsync(new V1.GetTrainingNeedRequest { NeedId = need.Id })).Need;
        Assert.Equal(2, covered.CoveredCount);
        var changes = (await factory.OutboxAsync<TrainingNeedCoverageChanged>()).Where(e => e.NeedId.ToString() == need.Id).ToList();
        Assert.Equal([1, 2], changes.Select(e => e.CoveredCount));

        // A completion that changes nothing is not announced again.
        await factory.AssessedTrainingAsync(officials: 1, present: 1, activityId: activityId);
        Assert.Equal(2, (await factory.OutboxAsync<TrainingNeedCoverageChanged>()).Count(e => e.NeedId.ToString() == need.Id));
        Assert.NotEmpty(outcomes);
    }

    [Fact]
    public async Task LinkActivity_and_UnlinkActivity_answer_the_rules_not_found_invalid_argument_and_permission_denied()
    {
        var need = await factory.RegisteredAsync();
        var activity = (await EventRequests.PublishedActivityAsync(factory)).Id;
        await factory.Needs().LinkActivityAsync(new V1.LinkActivityRequest { NeedId = need.Id, ActivityId = activity });

        await RpcAssert.FailedPreconditionAsync(NeedRules.AnActivityMeetsANeedOnce,
            () => factory.Needs().LinkActivityAsync(new V1.LinkActivityRequest { NeedId = need.Id, ActivityId = activity }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => factory.Needs().LinkActivityAsync(new V1.LinkActivityRequest { NeedId = need.Id, ActivityId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => factory.Needs().LinkActivityAsync(new V1.LinkActivityRequest { NeedId = Guid.NewGuid().ToString(), ActivityId = activity }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("activity_id",
            () => factory.Needs().LinkActivityAsync(new V1.LinkActivityRequest { NeedId = need.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => factory.Needs(Personas.BgCoordinator).LinkActivityAsync(new V1.LinkActivityRequest { NeedId = need.Id, ActivityId = activity }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => factory.Needs(Personas.BgCoordinator).UnlinkActivityAsync(new V1.UnlinkActivityRequest { NeedId = need.Id, ActivityId = activity }).ResponseAsync);

        var unlinked = (await factory.Needs().UnlinkActivityAsync(new V1.UnlinkActivityRequest { NeedId = need.Id, ActivityId = activity })).Need;

        Assert.Empty(unlinked.ActivityIds);
        await RpcAssert.FailedPreconditionAsync(NeedRules.OnlyLinkedActivitiesAreUnlinked,
            () => factory.Needs().UnlinkActivityAsync(new V1.UnlinkActivityRequest { NeedId = need.Id, ActivityId = activity }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => factory.Needs().UnlinkActivityAsync(new V1.UnlinkActivityRequest { NeedId = Guid.NewGuid().ToString(), ActivityId = activity }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("need_id",
            () => factory.Needs().UnlinkActivityAsync(new V1.UnlinkActivityRequest { ActivityId = activity }).ResponseAsync);
    }

    [Fact]
    public async Task GetTrainingNeed_answers_not_found_and_invalid_argument()
    {
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => factory.Needs().GetTrainingNeedAsync(new V1.GetTrainingNeedRequest { NeedId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("need_id",
            () => factory.Needs().GetTrainingNeedAsync(new V1.GetTrainingNeedRequest { NeedId = "x" }).ResponseAsync);
    }

    [Fact]
    public async Task ListTrainingNeeds_filters_by_theme_participant_agency_and_uncovered()
    {
        var theme = TypeV1.CooperationAreaTag.ModesOfPayment;
        var open = await factory.RegisteredAsync(headcount: 5, theme);
        var covered = await factory.RegisteredAsync(headcount: 1, theme);
        var (activityId, _) = await factory.AssessedTrainingAsync();
        await factory.Needs().LinkActivityAsync(new V1.LinkActivityRequest { NeedId = covered.Id, ActivityId = activityId });
        await factory.Needs().LinkActivityAsync(new V1.LinkActivityRequest { NeedId = open.Id, ActivityId = activityId });
        var client = factory.Needs(Personas.Analyst);

        var byTheme = (await client.ListTrainingNeedsAsync(new V1.ListTrainingNeedsRequest { Theme = theme, PageSize = 200 })).Needs;
        var uncovered = (await client.ListTrainingNeedsAsync(new V1.ListTrainingNeedsRequest { Theme = theme, UncoveredOnly = true })).Needs;
        var bg = (await client.ListTrainingNeedsAsync(new V1.ListTrainingNeedsRequest { Theme = theme, Participant = TypeV1.Participant.Bg })).Needs;
        var otherAgency = (await client.ListTrainingNeedsAsync(new V1.ListTrainingNeedsRequest { AgencyId = Guid.NewGuid().ToString() })).Needs;

        // Both were registered at the same instant of the test clock: the order between them is the ids'.
        Assert.Equal(new[] { open.Id, covered.Id }.Order(), byTheme.Select(n => n.Id));
        Assert.Equal([1, 1], byTheme.Select(n => n.CoveredCount));
        Assert.Equal([open.Id], uncovered.Select(n => n.Id));
        Assert.Empty(bg);
        Assert.Empty(otherAgency);
        await RpcAssert.InvalidArgumentAsync("participant", () => client.ListTrainingNeedsAsync(
            new V1.ListTrainingNeedsRequest { Participant = (TypeV1.Participant)7 }).ResponseAsync);
    }
}
