using System.Security.Cryptography;
using System.Text;
using Cooperation.WorkingGroup.Reviews;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.ReviewEvidence;

// A factory per test: a pack gathers the whole programme, so one test's meetings or measures would change another's pack.
public sealed class ReviewEvidencePackTests : IDisposable
{
    private readonly ReviewEvidenceServiceFactory _factory = new();

    private V1.ReviewEvidenceService.ReviewEvidenceServiceClient Evidence => new(_factory.Channel);

    private V1.SuccessCriteriaService.SuccessCriteriaServiceClient Criteria => new(_factory.Channel);

    public void Dispose() => _factory.Dispose();

    private async Task<string> DefineMeasureAsync(string name = "Alerts answered within a day")
    {
        var criterion = (await Criteria.DefineSuccessCriterionAsync(new V1.DefineSuccessCriterionRequest
        {
            Title = "Faster sharing", Description = "¶4a",
        })).SuccessCriterion;
        return (await Criteria.DefineSuccessMeasureAsync(new V1.DefineSuccessMeasureRequest
        {
            SuccessCriterionId = criterion.Id, Name = name, Unit = "alerts", Baseline = 2, Target = 10,
            Period = V1.MeasurePeriod.Quarterly, Direction = V1.MeasureDirection.Increase,
        })).SuccessMeasure.Id;
    }

    private Task<V1.AssembleReviewEvidenceResponse> AssembleAsync(string? start = "2024-01-01", string? end = "2024-06-30") =>
        Evidence.AssembleReviewEvidenceAsync(new V1.AssembleReviewEvidenceRequest
        {
            PeriodStart = start is null ? null : WireDates.On(start),
            PeriodEnd = end is null ? null : WireDates.On(end),
        }).ResponseAsync;

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task AssembleReviewEvidence_tags_each_part_by_paragraph_and_takes_measure_values_from_metrics_as_the_service()
    {
        var programme = await _factory.SeedProgrammeAsync();
        var meeting = await _factory.HoldAsync(programme, "2024-02-05");
        await _factory.DecideJointlyAsync(meeting, "Agree the joint training plan");
        await _factory.HoldAsync(programme, "2024-05-06");
        var measure = await DefineMeasureAsync();
        _factory.SetToday(new DateOnly(2024, 7, 10));
        _factory.Metrics.Indicators.SetHistory($"wg.measure.{Guid.Parse(measure):N}", (2024, 1, 4), (2024, 2, 7), (2024, 3, 9));

        var response = await AssembleAsync();
        var pack = response.Pack;

        Assert.Equal(("¶5", "¶6", "¶6", "¶5", "¶5", "¶4d", "¶5", "¶8"), (
            pack.Establishment.Paragraph, pack.Cadence.Paragraph, pack.AgencyCoverage.Paragraph, pack.Decisions.Paragraph,
            pack.Projects.Paragraph, pack.Debriefs.Paragraph, pack.SuccessMeasures.Paragraph, pack.PriorReviews.Paragraph));
        Assert.Equal(("2023-11-20", true), (WireDates.Text(pack.Establishment.EstablishedOn), pack.Establishment.OnTime));
        Assert.Equal(["2024-1:1:met", "2024-2:1:met"], pack.Cadence.Quarters.Select(q => $"{q.Year}-{q.Quarter}:{q.MeetingsHeld}:{q.State}"));
        Assert.Equal(["Agree the joint training plan:in_force"], pack.Decisions.Decisions.Select(d => $"{d.Text}:{d.State}"));
        var value = Assert.Single(pack.SuccessMeasures.Measures);
        // The latest value up to the period's end (2024-Q2), not the later one.
        Assert.Equal((V1.MeasureValueState.Observed, 7d, 2024, 2, true),
            (value.ValueState, value.LatestValue, value.ValueYear, value.ValueQuarter, pack.SuccessMeasures.MetricsAvailable));
        Assert.Equal(["service:working-group"], _factory.Metrics.Indicators.Callers.Distinct());
        Assert.Equal(Sha256(response.Markdown), pack.ContentHash);
        foreach (var heading in new[] { "## ¶5 Establishment", "## ¶6 Meetings and cadence", "## ¶4d Operational debriefs", "## ¶8 Reviews" })
        {
            Assert.Contains(heading, response.Markdown, StringComparison.Ordinal);
        }

        Assert.Contains("Faster sharing / Alerts answered within a day: latest 7 (2024-Q2)", response.Markdown, StringComparison.Ordinal);
        Assert.Contains("2024-Q1: met, 1 meeting(s) held.", response.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssembleReviewEvidence_marks_the_values_metrics_unavailable_when_the_metrics_service_is_down()
    {
        await _factory.SeedProgrammeAsync();
        await DefineMeasureAsync("First");
        await DefineMeasureAsync("Second");
        _factory.SetToday(new DateOnly(2024, 7, 10));
        _factory.Metrics.Indicators.FailWith = StatusCode.Unavailable;

        var response = await AssembleAsync();

        Assert.False(response.Pack.SuccessMeasures.MetricsAvailable);
        Assert.All(response.Pack.SuccessMeasures.Measures, m => Assert.Equal(V1.MeasureValueState.MetricsUnavailable, m.ValueState));
        Assert.Contains("**Metrics unavailable**", response.Markdown, StringComparison.Ordinal);
        // The channel retries Unavailable (at most 4 attempts); once the first measure failed the second is not tried,
        // so the pack waits for one outage, not one per measure.
        Assert.InRange(_factory.Metrics.Indicators.Callers.Count, 1, 4);
    }

    [Fact]
    public async Task AssembleReviewEvidence_marks_the_values_metrics_unavailable_when_metrics_does_not_answer_by_the_deadline()
    {
        await _factory.SeedProgrammeAsync();
        await DefineMeasureAsync();
        _factory.SetToday(new DateOnly(2024, 7, 10));
        _factory.Metrics.Indicators.Stalled = true;

        var pack = (await AssembleAsync()).Pack;

        Assert.Equal(V1.MeasureValueState.MetricsUnavailable, Assert.Single(pack.SuccessMeasures.Measures).ValueState);
    }

    [Fact]
    public async Task AssembleReviewEvidence_says_not_observed_for_a_measure_metrics_has_no_value_for()
    {
        await _factory.SeedProgrammeAsync();
        await DefineMeasureAsync();
        _factory.SetToday(new DateOnly(2024, 7, 10));

        var pack = (await AssembleAsync()).Pack;

        Assert.Equal(V1.MeasureValueState.NotObserved, Assert.Single(pack.SuccessMeasures.Measures).ValueState);
        Assert.True(pack.SuccessMeasures.MetricsAvailable);
    }

    [Fact]
    public async Task The_same_evidence_gives_the_same_pack_and_GetReviewEvidencePack_answers_it_as_assembled()
    {
        var programme = await _factory.SeedProgrammeAsync();
        await _factory.HoldAsync(programme, "2024-02-05");
        _factory.SetToday(new DateOnly(2024, 7, 10));

        var first = await AssembleAsync();
        _factory.Clock.Advance(TimeSpan.FromHours(1));
        var again = await AssembleAsync();
        var read = await Evidence.GetReviewEvidencePackAsync(new V1.GetReviewEvidencePackRequest { ContentHash = first.Pack.ContentHash });

        Assert.Equal((first.Pack, first.Markdown), (again.Pack, again.Markdown));
        Assert.Equal((first.Pack, first.Markdown), (read.Pack, read.Markdown));
        await _factory.HoldAsync(programme, "2024-07-10");
        Assert.NotEqual(first.Pack.ContentHash, (await AssembleAsync(end: "2024-07-10")).Pack.ContentHash);
        var audit = await _factory.AuditOfAsync("ReviewEvidencePack", first.Pack.ContentHash);
        Assert.Equal(2, audit.Count);
    }

    [Fact]
    public async Task Erasing_an_official_redacts_their_name_in_the_kept_packs_too()
    {
        var programme = await _factory.SeedProgrammeAsync();
        var meeting = await _factory.HoldAsync(programme, "2024-02-05");
        var official = await _factory.AddOfficialAsync(programme.UkAgency);
        await _factory.ExecuteAsync("UPDATE officials SET full_name = 'Ivana Petrova-Smith' WHERE id = @Id", new { Id = official });
        await _factory.DecideAsync(meeting, binding: false, "Ivana Petrova-Smith leads the exchange");
        _factory.SetToday(new DateOnly(2024, 7, 10));
        var hash = (await AssembleAsync()).Pack.ContentHash;

        await new V1.PersonalDataService.PersonalDataServiceClient(_factory.Channel).EraseOfficialAsync(
            new V1.EraseOfficialRequest { OfficialId = official.ToString(), Justification = "The official asked for erasure" });

        var kept = await Evidence.GetReviewEvidencePackAsync(new V1.GetReviewEvidencePackRequest { ContentHash = hash });
        Assert.DoesNotContain("Petrova", kept.Markdown, StringComparison.Ordinal);
        Assert.Contains("[erased] leads the exchange", kept.Markdown, StringComparison.Ordinal);
        Assert.Equal("[erased] leads the exchange", Assert.Single(kept.Pack.Decisions.Decisions).Text);
    }

    [Fact]
    public async Task GetReviewEvidencePack_validates_the_hash_and_answers_not_found_for_an_unknown_one()
    {
        await RpcAssert.InvalidArgumentAsync("content_hash", () => Evidence.GetReviewEvidencePackAsync(new V1.GetReviewEvidencePackRequest()).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("content_hash", () => Evidence.GetReviewEvidencePackAsync(
            new V1.GetReviewEvidencePackRequest { ContentHash = "not-hex" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Evidence.GetReviewEvidencePackAsync(
            new V1.GetReviewEvidencePackRequest { ContentHash = new string('a', 64) }).ResponseAsync);
    }

    [Fact]
    public async Task AssembleReviewEvidence_validates_the_period()
    {
        _factory.SetToday(new DateOnly(2024, 7, 10));

        await RpcAssert.InvalidArgumentAsync("period_start", () => AssembleAsync("2023-11-12", "2024-01-01"));
        await RpcAssert.InvalidArgumentAsync("period_end", () => AssembleAsync("2024-01-01", "2024-07-11"));
        await RpcAssert.InvalidArgumentAsync("period_end", () => AssembleAsync("2024-03-01", "2024-02-01"));
        await RpcAssert.InvalidArgumentAsync("period_end", () => AssembleAsync("2024-03-01", "2024-02-30"));
    }

    [Fact]
    public async Task AssembleReviewEvidence_by_default_covers_the_days_since_the_latest_review_up_to_today()
    {
        _factory.SetToday(new DateOnly(2024, 12, 10));
        var reviews = new V1.StatementReviewsService.StatementReviewsServiceClient(_factory.Channel);
        await reviews.RecordStatementReviewAsync(new V1.RecordStatementReviewRequest
        {
            ReviewedOn = WireDates.On("2024-11-13"), Outcome = V1.ReviewOutcome.Continue, Summary = "First review.",
        });

        var pack = (await AssembleAsync(start: null, end: null)).Pack;

        Assert.Equal(("2024-11-14", "2024-12-10", "2024-11-13", 1), (WireDates.Text(pack.PeriodStart), WireDates.Text(pack.PeriodEnd),
            WireDates.Text(pack.PriorReviews.LastReviewedOn), pack.PriorReviews.ReviewsRecorded));
    }

    [Fact]
    public async Task RecordStatementReview_records_the_content_hash_of_the_pack_it_was_decided_on()
    {
        _factory.SetToday(new DateOnly(2024, 11, 20));
        var pack = (await AssembleAsync("2023-11-13", "2024-11-13")).Pack;
        var reviews = new V1.StatementReviewsService.StatementReviewsServiceClient(_factory.Channel);
        V1.RecordStatementReviewRequest Review(string on, string hash) => new()
        {
            ReviewedOn = WireDates.On(on), Outcome = V1.ReviewOutcome.Continue, Summary = "Reviewed on the pack.", EvidencePackHash = hash,
        };

        await RpcAssert.InvalidArgumentAsync("evidence_pack_hash", () => reviews.RecordStatementReviewAsync(Review("2024-11-13", "xyz")).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => reviews.RecordStatementReviewAsync(Review("2024-11-13", new string('b', 64))).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(ReviewRules.EvidencePackPrecedesReview,
            () => reviews.RecordStatementReviewAsync(Review("2024-11-12", pack.ContentHash)).ResponseAsync);
        var review = (await reviews.RecordStatementReviewAsync(Review("2024-11-14", pack.ContentHash.ToUpperInvariant()))).Review;

        Assert.Equal(pack.ContentHash, review.EvidencePackHash);
        Assert.Equal(pack.ContentHash, Assert.Single((await reviews.ListStatementReviewsAsync(new V1.ListStatementReviewsRequest())).Reviews).EvidencePackHash);
        Assert.Contains("evidence_pack_hash", Assert.Single(await _factory.AuditOfAsync("StatementReview", review.Id)).Fields);
    }
}
