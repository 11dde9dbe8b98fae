using System.Net;
using System.Net.Sockets;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Cooperation.ServiceDefaults.Tests;

/// <summary>
/// A service whose readiness check fails (its database is away) is not ready, but stays alive:
/// readiness and liveness probes ask different grpc.health.v1 service names.
/// </summary>
public sealed class GrpcHealthServicesTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly int port = FreeTcpPort();
    private WebApplication? app;
    private GrpcChannel? channel;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Kestrel:EndpointDefaults:Protocols"] = "Http2";
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.AddServiceDefaults();
        builder.AddGrpcServiceDefaults();
        builder.Services.AddHealthChecks().AddCheck("database", () => HealthCheckResult.Unhealthy("away"));
        app = builder.Build();
        app.MapGrpcServiceDefaults();
        using var started = new CancellationTokenSource(Timeout);
        await app.StartAsync(started.Token);
        channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
    }

    public async Task DisposeAsync()
    {
        channel?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_whole_server_is_not_serving_while_a_readiness_check_fails()
    {
        var health = new Health.HealthClient(channel);

        var reply = await health.CheckAsync(
            new HealthCheckRequest { Service = GrpcServiceDefaults.AllChecksHealthService }, deadline: DateTime.UtcNow.Add(Timeout));

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, reply.Status);
    }

    [Fact]
    public async Task Liveness_answers_serving_from_the_live_checks_alone()
    {
        var health = new Health.HealthClient(channel);

        var reply = await health.CheckAsync(
            new HealthCheckRequest { Service = GrpcServiceDefaults.LivenessHealthService }, deadline: DateTime.UtcNow.Add(Timeout));

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
