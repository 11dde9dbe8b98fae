namespace Cooperation.Bench.Start;

/// <summary>One start: its steps, each service's first SERVING and, when asked to idle, memory.</summary>
internal sealed record StartRun(
    string Kind,
    IReadOnlyDictionary<string, TimeSpan> Steps,
    IReadOnlyDictionary<string, TimeSpan> HealthyAt,
    IReadOnlyDictionary<string, ProcessMemory?>? Memory,
    ProcessMemory? Baseline)
{
    public const string FreshData = "first start (fresh data)";
    public const string KeptData = "restart (data kept)";

    public static readonly string[] StepNames =
    [
        StartTimeline.AppHostRunning, StartTimeline.PostgresAccepts, StartTimeline.BrokerAccepts,
        StartTimeline.FirstServiceLaunched, StartTimeline.LastServiceLaunched,
    ];

    public TimeSpan AllHealthy => HealthyAt.Values.Max();
}
