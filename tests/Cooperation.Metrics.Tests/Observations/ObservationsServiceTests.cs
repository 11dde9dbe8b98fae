using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Observations;
using Cooperation.Metrics.Tests.Infrastructure;
using Grpc.Core;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Observations;

/// <summary>
/// Entering and correcting values by hand, in process. The factory's clock stands in 2023 Q4, so
/// 2023's quarters have begun; each test writes under its own agency key, so tests share no value.
/// </summary>
public sealed class ObservationsServiceTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    private const string Code = TrainingIndicators.OfficialsTrained;

    private V1.ObservationsService.ObservationsServiceClient Client => new(factory.ChannelFor("analyst"));

    private static string NewKey() => Disaggregation.Of(Dimensions.Agency, Guid.NewGuid());

    private static V1.Quarter Q(int quarter) => new() { Year = 2023, Quarter_ = quarter };

    [Fact]
    public async Task An_entry_sets_the_value_through_the_change_log_and_is_audited()
    {
        var key = NewKey();
        var response = await Client.RecordObservationAsync(Entry(key, 12));

        Assert.Equal(12, response.Indicator.Value.Value);
        Assert.Equal(key, response.Indicator.Value.Disaggregation);
        Assert.Equal(V1.ManualObservationKind.Entry, response.Observation.Kind);
        Assert.False(response.Observation.HasPreviousValue);
        Assert.Equal("dev:analyst", response.Observation.RecordedBy);
        Assert.Equal(12, (await factory.IndicatorAsync(Code, 2023, 2, key)).Indicator.Value.Value);
        Assert.Equal(response.Observation.Version, await factory.ScalarAsync<long>(
            "SELECT version FROM indicator_changes WHERE indicator_code = @Code AND disaggregation = @Key", new { Code, Key = key }));
        var audit = Assert.Single(await factory.AuditOfAsync(ObservationsAudit.ManualObservation, response.Observation.Id));
        Assert.Equal("dev:analyst", audit.Actor.Subject);
        Assert.Equal("RecordObservation", audit.Operation);
    }

    [Fact]
    public async Task A_correction_replaces_the_shown_value_and_the_list_keeps_what_was_shown_before()
    {
        var key = NewKey();
        await Client.RecordObservationAsync(Entry(key, 5));
        var corrected = await new V1.ObservationsService.ObservationsServiceClient(factory.ChannelFor("bg-co-chair"))
            .CorrectObservationAsync(Correction(key, 7));

        Assert.Equal(7, corrected.Indicator.Value.Value);
        Assert.Equal(5, corrected.Observation.PreviousValue);
        Assert.Equal(7, (await factory.IndicatorAsync(Code, 2023, 2, key)).Indicator.Value.Value);

        var listed = (await Client.ListObservationsAsync(new V1.ListObservationsRequest { IndicatorId = Code, Disaggregation = key })).Observations;
        Assert.Collection(listed,
            c => Assert.Equal((V1.ManualObservationKind.Correction, 7.0, 5.0, "dev:bg-co-chair", "counted twice"), (c.Kind, c.Value, c.PreviousValue, c.RecordedBy, c.Note)),
            e => Assert.Equal((V1.ManualObservationKind.Entry, 5.0, "dev:analyst", "late report"), (e.Kind, e.Value, e.RecordedBy, e.Note)));
        var history = (await new V1.IndicatorsService.IndicatorsServiceClient(factory.Channel)
            .ListIndicatorHistoryAsync(new V1.ListIndicatorHistoryRequest { IndicatorId = Code, Disaggregation = key })).Values;
        Assert.Equal(7, Assert.Single(history).Value);
    }

    [Fact]
    public async Task The_rules_are_failed_preconditions_naming_them()
    {
        var key = NewKey();
        await RpcAssert.FailedPreconditionAsync(ObservationRules.QuarterMustHaveBegun, async () =>
            await Client.RecordObservationAsync(Entry(key, 1).With(r => { r.Quarter = new V1.Quarter { Year = 2024, Quarter_ = 1 }; })));
        await RpcAssert.FailedPreconditionAsync(ObservationRules.CorrectionNeedsAShownValue, async () => await Client.CorrectObservationAsync(Correction(key, 3)));
        await Client.RecordObservationAsync(Entry(key, 3));
        await RpcAssert.FailedPreconditionAsync(ObservationRules.EntryMustNotReplaceAShownValue, async () => await Client.RecordObservationAsync(Entry(key, 4)));
        await RpcAssert.FailedPreconditionAsync(ObservationRules.CorrectionMustChangeTheValue, async () => await Client.CorrectObservationAsync(Correction(key, 3)));
    }

    [Fact]
    public async Task Bad_requests_name_each_field_and_an_unknown_indicator_is_not_found()
    {
        await RpcAssert.InvalidArgumentAsync("indicator_id", async () => await Client.RecordObservationAsync(Entry(NewKey(), 1).With(r => { r.IndicatorId = ""; })));
        await RpcAssert.InvalidArgumentAsync("quarter", async () => await Client.RecordObservationAsync(Entry(NewKey(), 1).With(r => { r.Quarter = null; })));
        await RpcAssert.InvalidArgumentAsync("quarter.quarter", async () => await Client.RecordObservationAsync(Entry(NewKey(), 1).With(r => { r.Quarter = new V1.Quarter { Year = 2023, Quarter_ = 0 }; })));
        await RpcAssert.InvalidArgumentAsync("source", async () => await Client.RecordObservationAsync(Entry(NewKey(), 1).With(r => { r.Source = " "; })));
        await RpcAssert.InvalidArgumentAsync("note", async () => await Client.RecordObservationAsync(Entry(NewKey(), 1).With(r => { r.Note = new string('x', 2001); })));
        await RpcAssert.InvalidArgumentAsync("value", async () => await Client.RecordObservationAsync(Entry(NewKey(), -1)));
        await RpcAssert.InvalidArgumentAsync("value", async () => await Client.RecordObservationAsync(Entry(NewKey(), 2).With(r => { r.IndicatorId = TrainingIndicators.CompletionRate; r.Disaggregation = ""; })));
        await RpcAssert.InvalidArgumentAsync("disaggregation", async () => await Client.RecordObservationAsync(Entry("channel:bilateral", 1)));
        await RpcAssert.InvalidArgumentAsync("disaggregation", async () => await Client.RecordObservationAsync(
            Entry("", 0.5).With(r => { r.IndicatorId = CapacityBuildingIndicators.BudgetExecution; })));
        await RpcAssert.InvalidArgumentAsync("reason", async () => await Client.CorrectObservationAsync(Correction(NewKey(), 1).With(r => { r.Reason = ""; })));
        await RpcAssert.InvalidArgumentAsync("page_size", async () => await Client.ListObservationsAsync(new V1.ListObservationsRequest { IndicatorId = Code, PageSize = -1 }));
        await RpcAssert.InvalidArgumentAsync("disaggregation", async () => await Client.ListObservationsAsync(new V1.ListObservationsRequest { IndicatorId = Code, Disaggregation = "currency:EUR" }));
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, async () => await Client.RecordObservationAsync(Entry(NewKey(), 1).With(r => { r.IndicatorId = "no.such"; })));
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, async () => await Client.CorrectObservationAsync(Correction(NewKey(), 1).With(r => { r.IndicatorId = "no.such"; })));
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, async () => await Client.ListObservationsAsync(new V1.ListObservationsRequest { IndicatorId = "no.such" }));
    }

    [Fact]
    public async Task Only_analysts_and_co_chairs_enter_values_and_metrics_readers_list_them()
    {
        var member = new V1.ObservationsService.ObservationsServiceClient(factory.ChannelFor("bg-border-police-coordinator"));
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, async () => await member.RecordObservationAsync(Entry(NewKey(), 1)));
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, async () => await member.CorrectObservationAsync(Correction(NewKey(), 1)));
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, async () =>
            await new V1.ObservationsService.ObservationsServiceClient(factory.ChannelFor("auditor")).ListObservationsAsync(new V1.ListObservationsRequest { IndicatorId = Code }));
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, async () =>
            await new V1.ObservationsService.ObservationsServiceClient(factory.AnonymousChannel).RecordObservationAsync(Entry(NewKey(), 1)));
    }

    [Fact]
    public async Task Listing_a_page_of_one_or_of_many_runs_the_same_commands()
    {
        var key = NewKey();
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            await Client.RecordObservationAsync(Entry(key, quarter).With(r => { r.Quarter = Q(quarter); }));
        }

        var request = new V1.ListObservationsRequest { IndicatorId = Code, Disaggregation = key, PageSize = 1 };
        await Client.ListObservationsAsync(request);   // warm up
        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));
        var one = await Client.ListObservationsAsync(request);
        var oneCommands = counter.Count;
        counter.Reset();
        var many = await Client.ListObservationsAsync(request.With(r => { r.PageSize = 50; }));

        Assert.Single(one.Observations);
        Assert.NotEmpty(one.NextPageToken);
        Assert.Equal(4, many.Observations.Count);
        Assert.Equal(oneCommands, counter.Count);
        Assert.Single((await Client.ListObservationsAsync(request.With(r => { r.PageSize = 50; r.Quarter = Q(3); }))).Observations);
    }

    private static V1.RecordObservationRequest Entry(string key, double value) => new()
    {
        IndicatorId = Code, Quarter = Q(2), Disaggregation = key, Value = value, Source = "agency register", Note = "late report",
    };

    private static V1.CorrectObservationRequest Correction(string key, double value) => new()
    {
        IndicatorId = Code, Quarter = Q(2), Disaggregation = key, Value = value, Source = "agency register", Reason = "counted twice",
    };
}
