using Cooperation.AppHost.Tests.Infrastructure;
using Cooperation.Contracts.WorkingGroup.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Metrics = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.AppHost.Tests;

/// <summary>
/// End to end on the started stack: a success measure defined in the working group reaches metrics
/// (outbox, RabbitMQ, inbox), a co-chair enters its value there and both co-chairs publish the
/// quarter, and the review evidence pack carries that value, read from the real metrics service by
/// the working group as its own service identity; a review then records the pack it was decided on.
/// </summary>
[Collection(StartedStackDefinition.Name)]
public sealed class ReviewEvidenceEndToEndTests(StackFixture stack)
{
    private const double ObservedValue = 7;

    [Fact]
    public async Task A_review_is_recorded_on_a_pack_holding_the_measure_value_metrics_published()
    {
        using (var ready = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            await stack.Stack.App.ResourceNotifications.WaitForResourceHealthyAsync("metrics", ready.Token);
            await stack.Stack.App.ResourceNotifications.WaitForResourceHealthyAsync("working-group", ready.Token);
        }

        await new WorkingGroupAgreement(stack.Stack).EstablishWithCoChairsAsync();
        using var ukChair = stack.Stack.ChannelTo("working-group", "uk-co-chair");
        using var ukMetrics = stack.Stack.ChannelTo("metrics", "uk-co-chair");
        using var bgMetrics = stack.Stack.ChannelTo("metrics", "bg-co-chair");
        var measureId = await DefineMeasureAsync(ukChair);
        var indicator = $"wg.measure.{Guid.Parse(measureId):N}";
        var indicators = new Metrics.IndicatorsService.IndicatorsServiceClient(ukMetrics);
        await Calls.UntilAsync(() => FindIndicatorAsync(indicators, indicator), $"metrics to take up the definition of {indicator}");

        // The quarter before today's: it has begun, and no other test of the stack publishes it.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var previous = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1).AddMonths(-3);
        var quarter = new Metrics.Quarter { Year = previous.Year, Quarter_ = ((previous.Month - 1) / 3) + 1 };
        await new Metrics.ObservationsService.ObservationsServiceClient(ukMetrics).RecordObservationAsync(new Metrics.RecordObservationRequest
        {
            IndicatorId = indicator, Quarter = quarter, Value = ObservedValue, Source = "Joint alert register", Note = "Entered for the review",
        }, deadline: Calls.Deadline());
        // Another service sees a figure only once both co-chairs have published it; a figure that
        // moves between the two approvals (a projection of another event) asks for another pair.
        await Calls.UntilAsync(() => PublishAsync(quarter, ukMetrics, bgMetrics), $"both co-chairs to publish {quarter}");

        var evidence = new ReviewEvidenceService.ReviewEvidenceServiceClient(ukChair);
        var assembled = await evidence.AssembleReviewEvidenceAsync(new AssembleReviewEvidenceRequest
        {
            PeriodStart = Calls.DateOf(new DateOnly(2023, 11, 13)), PeriodEnd = Calls.DateOf(today),
        }, deadline: DateTime.UtcNow.AddSeconds(60));
        var pack = assembled.Pack;

        Assert.True(pack.SuccessMeasures.MetricsAvailable);
        var value = Assert.Single(pack.SuccessMeasures.Measures, m => m.MeasureId == measureId);
        Assert.Equal((MeasureValueState.Observed, ObservedValue, quarter.Year, quarter.Quarter_),
            (value.ValueState, value.LatestValue, value.ValueYear, value.ValueQuarter));
        Assert.Contains($"latest {ObservedValue} ({quarter.Year}-Q{quarter.Quarter_})", assembled.Markdown, StringComparison.Ordinal);

        var reviews = new StatementReviewsService.StatementReviewsServiceClient(ukChair);
        var review = (await reviews.RecordStatementReviewAsync(new RecordStatementReviewRequest
        {
            ReviewedOn = Calls.DateOf(today), Outcome = ReviewOutcome.Continue, Summary = "Reviewed on the assembled evidence.",
            EvidencePackHash = pack.ContentHash,
        }, deadline: Calls.Deadline())).Review;

        Assert.Equal(pack.ContentHash, review.EvidencePackHash);
        var kept = await evidence.GetReviewEvidencePackAsync(new GetReviewEvidencePackRequest { ContentHash = review.EvidencePackHash }, deadline: Calls.Deadline());
        Assert.Equal(assembled.Markdown, kept.Markdown);
    }

    private static async Task<string> DefineMeasureAsync(GrpcChannel coChair)
    {
        var criteria = new SuccessCriteriaService.SuccessCriteriaServiceClient(coChair);
        var criterion = (await criteria.DefineSuccessCriterionAsync(new DefineSuccessCriterionRequest
        {
            Title = "Faster alert sharing", Description = "¶4a: alerts answered within a day",
        }, deadline: Calls.Deadline())).SuccessCriterion;
        return (await criteria.DefineSuccessMeasureAsync(new DefineSuccessMeasureRequest
        {
            SuccessCriterionId = criterion.Id, Name = $"Alerts answered within a day {Guid.NewGuid():N}", Unit = "alerts",
            Baseline = 2, Target = 10, Period = MeasurePeriod.Quarterly, Direction = MeasureDirection.Increase,
        }, deadline: Calls.Deadline())).SuccessMeasure.Id;
    }

    private static async Task<Metrics.Indicator?> FindIndicatorAsync(Metrics.IndicatorsService.IndicatorsServiceClient indicators, string code)
    {
        try
        {
            return (await indicators.GetIndicatorAsync(new Metrics.GetIndicatorRequest { IndicatorId = code }, deadline: Calls.Deadline())).Indicator;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    private static async Task<Metrics.PublicationState?> PublishAsync(Metrics.Quarter quarter, GrpcChannel ukChair, GrpcChannel bgChair)
    {
        Metrics.PublicationState state = new();
        foreach (var coChair in new[] { ukChair, bgChair })
        {
            state = (await new Metrics.PublicationService.PublicationServiceClient(coChair).ApproveQuarterAsync(
                new Metrics.ApproveQuarterRequest { Quarter = quarter }, deadline: Calls.Deadline())).State;
        }

        return state.Published ? state : null;
    }
}
