using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using Xunit.Abstractions;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.ReviewEvidence;

/// <summary>
/// Assembling a pack runs a fixed number of database commands whatever the amount of evidence:
/// the programme is read in one session of a fixed set of commands, then the pack is kept in one unit of work.
/// The measures' values come from the metrics fake, which holds no database.
/// </summary>
public sealed class ReviewEvidenceCommandCountTests(ReviewEvidenceServiceFactory factory, ITestOutputHelper output)
    : IClassFixture<ReviewEvidenceServiceFactory>
{
    private const int ManyMeetings = 12;
    private const int DecisionsPerMeeting = 2;
    private const int ManyMeasures = 10;

    private V1.ReviewEvidenceService.ReviewEvidenceServiceClient Evidence => new(factory.Channel);

    private V1.SuccessCriteriaService.SuccessCriteriaServiceClient Criteria => new(factory.Channel);

    [Fact]
    public async Task AssembleReviewEvidence_runs_as_many_commands_for_little_evidence_as_for_much()
    {
        var programme = await factory.SeedProgrammeAsync();
        var criterion = await DefineCriterionAsync();
        var first = await factory.HoldAsync(programme, "2024-01-08");
        await factory.DecideJointlyAsync(first, "Agree the first exchange");
        await DefineMeasureAsync(criterion, "Measure 0");
        factory.SetToday(new DateOnly(2024, 4, 1));
        var little = Request("2024-01-01", "2024-03-31");

        var forLittle = await factory.CommandsOfAsync(() => Evidence.AssembleReviewEvidenceAsync(little).ResponseAsync);

        var day = new DateOnly(2024, 4, 1);
        for (var i = 0; i < ManyMeetings; i++, day = day.AddDays(7))
        {
            var meeting = await factory.HoldAsync(programme, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            for (var d = 0; d < DecisionsPerMeeting; d++)
            {
                await factory.DecideJointlyAsync(meeting, $"Agree exchange {i}.{d}");
            }
        }

        for (var m = 1; m <= ManyMeasures; m++)
        {
            await DefineMeasureAsync(criterion, $"Measure {m}");
        }

        factory.SetToday(new DateOnly(2024, 7, 10));
        var much = Request("2024-01-01", "2024-06-30");
        var pack = (await Evidence.AssembleReviewEvidenceAsync(much)).Pack;
        Assert.Equal(1 + (ManyMeetings * DecisionsPerMeeting), pack.Decisions.Decisions.Count);
        Assert.Equal(1 + ManyMeasures, pack.SuccessMeasures.Measures.Count);

        var forMuch = await factory.CommandsOfAsync(() => Evidence.AssembleReviewEvidenceAsync(much).ResponseAsync);

        var summary = $"AssembleReviewEvidence ran {forLittle} commands for 1 meeting, 1 decision and 1 measure, "
            + $"and {forMuch} for {ManyMeetings + 1} meetings, {pack.Decisions.Decisions.Count} decisions and {pack.SuccessMeasures.Measures.Count} measures.";
        output.WriteLine(summary);
        Assert.True(forLittle == forMuch, summary);
    }

    private static V1.AssembleReviewEvidenceRequest Request(string start, string end) =>
        new() { PeriodStart = WireDates.On(start), PeriodEnd = WireDates.On(end) };

    private async Task<string> DefineCriterionAsync() =>
        (await Criteria.DefineSuccessCriterionAsync(new V1.DefineSuccessCriterionRequest { Title = "Faster sharing", Description = "¶4a" }))
            .SuccessCriterion.Id;

    private Task<V1.DefineSuccessMeasureResponse> DefineMeasureAsync(string criterionId, string name) =>
        Criteria.DefineSuccessMeasureAsync(new V1.DefineSuccessMeasureRequest
        {
            SuccessCriterionId = criterionId, Name = name, Unit = "alerts", Baseline = 2, Target = 10,
            Period = V1.MeasurePeriod.Quarterly, Direction = V1.MeasureDirection.Increase,
        }).ResponseAsync;
}
