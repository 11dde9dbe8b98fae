using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cooperation.ServiceDefaults.Tests;

/// <summary>
/// A service stops within its orchestrator's window: the host's stop is bounded, and telemetry
/// waiting for a collector that never answers does not hold the exit.
/// </summary>
public sealed class PromptShutdownTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void The_host_stop_is_bounded_unless_configured()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddServiceDefaults();
        using var host = builder.Build();
        Assert.Equal(PromptShutdown.DefaultShutdownTimeout, host.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);

        var configured = Host.CreateApplicationBuilder();
        configured.Configuration["shutdownTimeoutSeconds"] = "20";
        configured.AddServiceDefaults();
        using var configuredHost = configured.Build();
        Assert.Equal(TimeSpan.FromSeconds(20), configuredHost.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public async Task Telemetry_for_a_collector_that_never_answers_does_not_hold_the_stop()
    {
        // Accepts connections and never answers: every export waits for its own timeout (10 s).
        using var collector = new TcpListener(IPAddress.Loopback, 0);
        collector.Start();
        var held = new ConcurrentBag<TcpClient>();
        var accepting = Task.Run(async () =>
        {
            while (true)
            {
                held.Add(await collector.AcceptTcpClientAsync());
            }
        });

        var builder = WebApplication.CreateBuilder();
        builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{((IPEndPoint)collector.LocalEndpoint).Port}";
        builder.Configuration["Kestrel:EndpointDefaults:Protocols"] = "Http2";
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        var app = builder.Build();
        using (var started = new CancellationTokenSource(Timeout))
        {
            await app.StartAsync(started.Token);
        }

        // Something of each signal waits in its exporter's batch.
        using var source = new ActivitySource("Cooperation.Tests.Shutdown");
        using var meter = new Meter("Cooperation.Tests.Shutdown");
        source.StartActivity("stopping")?.Dispose();
        meter.CreateCounter<long>("stops").Add(1);
        app.Logger.LogInformation("About to stop");

        var clock = Stopwatch.StartNew();
        using (var stopping = new CancellationTokenSource(Timeout))
        {
            await app.StopAsync(stopping.Token);
        }

        await app.DisposeAsync().AsTask().WaitAsync(Timeout);
        clock.Stop();
        collector.Stop();
        foreach (var client in held)
        {
            client.Dispose();
        }

        // Left to disposal, the three providers flush one after another for 5 s each (about
        // 15 s); shut down together the whole stop takes about the 2 s flush bound. Generous for
        // a loaded machine, and still below what the unbounded flush takes.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(9), $"The stop took {clock.Elapsed.TotalSeconds:F1} s.");
        _ = accepting;
    }
}
