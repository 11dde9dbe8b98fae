using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Cooperation.BuildingBlocks.Security.Development;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.AppHost.Tests.Infrastructure;

/// <summary>
/// One run of the whole stack, started by the real AppHost: the broker and PostgreSQL (containers where an
/// engine answers, Debian's servers otherwise) and every service, healthy before it is handed out.
/// </summary>
public sealed class StackRun : IAsyncDisposable
{
    // A start on 2 cores: the broker boots (about 6 s), then each service builds its host.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);

    private readonly StackOptions options;

    private StackRun(StackOptions options, DistributedApplication app)
    {
        this.options = options;
        App = app;
    }

    public DistributedApplication App { get; }

    public static async Task<StackRun> StartAsync(StackOptions options)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Cooperation_AppHost>(options.Arguments, timeout.Token);
        var app = await builder.BuildAsync(timeout.Token);
        var stack = new StackRun(options, app);
        try
        {
            await app.StartAsync(timeout.Token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("working-group", timeout.Token);
            return stack;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var states = stack.DescribeResources();
            var logs = await stack.LastLogLinesOfUnhealthyAsync();
            await stack.DisposeAsync();
            throw new TimeoutException($"The stack did not become healthy within {StartTimeout}: {states}{logs}");
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    public GrpcChannel ChannelTo(string resourceName) => GrpcChannel.ForAddress(App.GetEndpoint(resourceName, "http"));

    /// <summary>A channel to <paramref name="resourceName"/> that calls as a development persona.</summary>
    public GrpcChannel ChannelTo(string resourceName, string persona)
    {
        var token = DevelopmentTokenIssuer.Create(DevelopmentTokenIssuer.DevelopmentEnvironment, options.SigningKey).Mint(persona);
        return GrpcChannel.ForAddress(App.GetEndpoint(resourceName, "http"), new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("Authorization", $"Bearer {token}");
                return Task.CompletedTask;
            })),
            // Loopback only, with a throw-away development key.
            UnsafeUseInsecureChannelCallCredentials = true,
        });
    }

    public async Task<string> ConnectionStringAsync(string resourceName)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await App.GetConnectionStringAsync(resourceName, timeout.Token)
            ?? throw new InvalidOperationException($"{resourceName} has no connection string.");
    }

    public IResource Resource(string name) =>
        App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == name);

    /// <summary>Each resource's state and health (with an unhealthy check's reason), to say which one held a start up.</summary>
    private string DescribeResources() => string.Join("; ",
        App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Select(resource =>
            App.ResourceNotifications.TryGetCurrentState(resource.Name, out var current)
                ? $"{resource.Name} {current.Snapshot.State?.Text} {string.Join(",", current.Snapshot.HealthReports.Select(Describe))}"
                : $"{resource.Name} (no state)"));

    private static string Describe(HealthReportSnapshot report) => report.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
        ? $"{report.Name}=Healthy"
        : $"{report.Name}={report.Status} ({Shorten($"{report.Description} {report.ExceptionText}", 400)})";

    private static string Shorten(string text, int length) => text.Length <= length ? text.Trim() : text[..length].Trim() + "…";

    /// <summary>
    /// The last lines each resource that is not healthy wrote, as the orchestrator kept them: the
    /// state alone says a service is unhealthy, its log says why.
    /// </summary>
    private async Task<string> LastLogLinesOfUnhealthyAsync()
    {
        const int Lines = 25;
        var loggers = App.Services.GetRequiredService<ResourceLoggerService>();
        var text = new System.Text.StringBuilder();
        foreach (var resource in App.Services.GetRequiredService<DistributedApplicationModel>().Resources)
        {
            if (!App.ResourceNotifications.TryGetCurrentState(resource.Name, out var current)
                || current.Snapshot.HealthReports.All(h => h.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy))
            {
                continue;
            }

            var lines = new List<string>();
            // The watch replays what was kept and then waits for more: a short read takes the backlog.
            using var read = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await foreach (var batch in loggers.WatchAsync(resource.Name).WithCancellation(read.Token))
                {
                    lines.AddRange(batch.Select(line => line.Content));
                }
            }
            catch (OperationCanceledException)
            {
                // The backlog has been read.
            }
            catch (Exception e)
            {
                // A diagnostic must not hide the timeout it explains.
                lines.Add($"(its log could not be read: {e.Message})");
            }

            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n--- last {Math.Min(Lines, lines.Count)} log lines of {resource.Name} ---\n");
            text.AppendJoin('\n', lines.TakeLast(Lines).Select(line => Shorten(line, 300)));
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync().WaitAsync(StopTimeout);
        await App.DisposeAsync().AsTask().WaitAsync(StopTimeout);
    }
}
