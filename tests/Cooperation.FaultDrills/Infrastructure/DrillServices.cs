using Cooperation.Testing;

namespace Cooperation.FaultDrills.Infrastructure;

/// <summary>How the drills host the working group and metrics, in process or as child processes, on fresh databases.</summary>
public static class DrillServices
{
    public const string WorkingGroupProject = "services/WorkingGroup/Cooperation.WorkingGroup";
    public const string MetricsProject = "services/Metrics/Cooperation.Metrics";

    /// <summary>A fresh working-group database and the settings that point the service at it and the drills' broker.</summary>
    public static async Task<Dictionary<string, string>> WorkingGroupSettingsAsync(DrillInfrastructure infrastructure) => new()
    {
        ["ConnectionStrings:workinggroupdb"] = await infrastructure.Postgres.CreateDatabaseAsync("drill_workinggroup"),
        ["ConnectionStrings:messaging"] = infrastructure.Broker.ConnectionString,
    };

    public static async Task<Dictionary<string, string>> MetricsSettingsAsync(DrillInfrastructure infrastructure) => new()
    {
        ["ConnectionStrings:metricsdb"] = await infrastructure.Postgres.CreateDatabaseAsync("drill_metrics"),
        ["ConnectionStrings:messaging"] = infrastructure.Broker.ConnectionString,
    };

    public static string WorkingGroupDatabase(this IReadOnlyDictionary<string, string> settings) => settings["ConnectionStrings:workinggroupdb"];

    public static string MetricsDatabase(this IReadOnlyDictionary<string, string> settings) => settings["ConnectionStrings:metricsdb"];

    public static Task<InProcessService<Cooperation.WorkingGroup.Projects.ProjectCommencedConsumer>> WorkingGroupAsync(
        IReadOnlyDictionary<string, string> settings, Microsoft.Extensions.Time.Testing.FakeTimeProvider? clock = null) =>
        new InProcessService<Cooperation.WorkingGroup.Projects.ProjectCommencedConsumer>(settings, clock).StartAsync();

    public static Task<InProcessService<Cooperation.Metrics.Observations.ProjectStatusChangedConsumer>> MetricsAsync(
        IReadOnlyDictionary<string, string> settings) =>
        new InProcessService<Cooperation.Metrics.Observations.ProjectStatusChangedConsumer>(settings).StartAsync();

    public static ServiceProcess WorkingGroupProcess(IReadOnlyDictionary<string, string> settings) => new(WorkingGroupProject, settings);

    public static ServiceProcess MetricsProcess(IReadOnlyDictionary<string, string> settings) => new(MetricsProject, settings);
}
