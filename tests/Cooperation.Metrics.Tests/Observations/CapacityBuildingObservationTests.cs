using Cooperation.Contracts.Messages.CapacityBuilding;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Tests.Infrastructure;
using Grpc.Core;

namespace Cooperation.Metrics.Tests.Observations;

/// <summary>
/// The capacity-building events (their records alone; the service publishes them) move the
/// capacity-building indicators, each counted once although delivered twice. Each test uses its own year.
/// </summary>
public sealed class CapacityBuildingObservationTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    private static readonly Guid Agency = Guid.NewGuid();

    private static DateTimeOffset In(int year, int month) => new(year, month, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Milestones_count_once_as_on_time_late_or_missed()
    {
        var project = Guid.NewGuid();
        await factory.PublishTwiceAsync(Achieved(project, new DateOnly(2051, 2, 1), new DateOnly(2051, 1, 30), onTime: true));
        await factory.PublishTwiceAsync(Achieved(project, new DateOnly(2051, 2, 1), new DateOnly(2051, 3, 5), onTime: false));
        await factory.PublishTwiceAsync(new MilestoneMissed { ProjectId = project, MilestoneId = Guid.NewGuid(), LeadAgencyId = Agency, DueOn = new DateOnly(2051, 3, 31) });

        await factory.ExpectValueAsync(CapacityBuildingIndicators.MilestonesOnTime, 2051, 1, 1);
        await factory.ExpectValueAsync(CapacityBuildingIndicators.MilestonesLate, 2051, 1, 1, Disaggregation.Of(Dimensions.Agency, Agency));
        await factory.ExpectValueAsync(CapacityBuildingIndicators.MilestonesMissed, 2051, 1, 1);
    }

    [Fact]
    public async Task Budget_execution_is_kept_per_currency_from_the_latest_figures_and_never_summed_across_currencies()
    {
        var project = Guid.NewGuid();
        await factory.PublishTwiceAsync(Budget(project, "EUR", In(2052, 4), committed: 1000, spent: 100));
        await factory.PublishTwiceAsync(Budget(project, "EUR", In(2052, 5), committed: 1000, spent: 400));   // the latest of the line
        await factory.PublishTwiceAsync(Budget(Guid.NewGuid(), "EUR", In(2052, 5), committed: 1000, spent: 600));
        await factory.PublishTwiceAsync(Budget(project, "GBP", In(2052, 5), committed: 200, spent: 50));

        await factory.ExpectValueAsync(CapacityBuildingIndicators.BudgetExecution, 2052, 2, 0.5, "currency:EUR");
        await factory.ExpectValueAsync(CapacityBuildingIndicators.BudgetExecution, 2052, 2, 0.25, "currency:GBP");
        Assert.Null(await factory.SettledValueAsync(CapacityBuildingIndicators.BudgetExecution, 2052, 2));
    }

    [Fact]
    public async Task Open_high_risks_count_each_risk_by_its_latest_assessment()
    {
        var risk = Guid.NewGuid();
        await factory.PublishTwiceAsync(Risk(risk, In(2053, 1), isHigh: true, isOpen: true));
        await factory.PublishTwiceAsync(Risk(Guid.NewGuid(), In(2053, 1), isHigh: true, isOpen: true));
        await factory.PublishTwiceAsync(Risk(Guid.NewGuid(), In(2053, 1), isHigh: false, isOpen: true));
        await factory.ExpectValueAsync(CapacityBuildingIndicators.OpenHighRisks, 2053, 1, 2);

        await factory.PublishTwiceAsync(Risk(risk, In(2053, 2), isHigh: true, isOpen: false));   // closed
        await factory.ExpectValueAsync(CapacityBuildingIndicators.OpenHighRisks, 2053, 1, 1);
        await factory.ExpectValueAsync(CapacityBuildingIndicators.OpenHighRisks, 2053, 1, 1, Disaggregation.Of(Dimensions.Agency, Agency));
    }

    [Fact]
    public async Task Results_keep_the_latest_actual_per_result_in_their_direction()
    {
        var result = Guid.NewGuid();
        await factory.PublishTwiceAsync(Result(result, In(2054, 7), ascending: true, target: 10, actual: 4));
        await factory.PublishTwiceAsync(Result(Guid.NewGuid(), In(2054, 7), ascending: false, target: 5, actual: 3));
        await factory.ExpectValueAsync(CapacityBuildingIndicators.ResultsReported, 2054, 3, 2);
        await factory.ExpectValueAsync(CapacityBuildingIndicators.ResultsOnTarget, 2054, 3, 1);

        await factory.PublishTwiceAsync(Result(result, In(2054, 8), ascending: true, target: 10, actual: 12));
        await factory.ExpectValueAsync(CapacityBuildingIndicators.ResultsOnTarget, 2054, 3, 2);
        await factory.ExpectValueAsync(CapacityBuildingIndicators.ResultsReported, 2054, 3, 2);
    }

    [Fact]
    public async Task A_disaggregation_the_indicator_does_not_have_or_a_malformed_key_names_the_field()
    {
        await RpcAssert.InvalidArgumentAsync("disaggregation", () => factory.IndicatorAsync(CapacityBuildingIndicators.BudgetExecution, 2052, 2, "agency:x"));
        await RpcAssert.InvalidArgumentAsync("disaggregation", () => factory.IndicatorAsync(CapacityBuildingIndicators.BudgetExecution, 2052, 2, "currency"));
        await RpcAssert.InvalidArgumentAsync("disaggregation", () => factory.IndicatorAsync(BuiltInIndicators.MeetingsHeld, 2052, 2, "participant:BG"));
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => factory.IndicatorAsync("no.such", 2052, 2, "participant:BG"));
    }

    private static MilestoneAchieved Achieved(Guid project, DateOnly due, DateOnly achieved, bool onTime) => new()
    {
        ProjectId = project, MilestoneId = Guid.NewGuid(), LeadAgencyId = Agency, DueOn = due, AchievedOn = achieved, OnTime = onTime,
    };

    private static BudgetExecutionChanged Budget(Guid project, string currency, DateTimeOffset at, decimal committed, decimal spent) => new()
    {
        OccurredAt = at, ProjectId = project, LeadAgencyId = Agency, Currency = currency,
        PeriodStart = new DateOnly(2052, 1, 1), PeriodEnd = new DateOnly(2052, 12, 31), CommittedBudget = committed, Spent = spent,
    };

    private static RiskAssessed Risk(Guid risk, DateTimeOffset at, bool isHigh, bool isOpen) => new()
    {
        OccurredAt = at, ProjectId = Guid.NewGuid(), RiskId = risk, LeadAgencyId = Agency, Score = isHigh ? 20 : 4, IsHigh = isHigh, IsOpen = isOpen,
    };

    private static ResultReported Result(Guid result, DateTimeOffset at, bool ascending, decimal target, decimal actual) => new()
    {
        OccurredAt = at, ProjectId = Guid.NewGuid(), ResultId = result, LeadAgencyId = Agency, Level = "output", IndicatorTitle = "Officers certified",
        Unit = "officers", Ascending = ascending, PeriodStart = new DateOnly(2054, 1, 1), PeriodEnd = new DateOnly(2054, 12, 31),
        Baseline = 0, Target = target, Actual = actual,
    };
}
