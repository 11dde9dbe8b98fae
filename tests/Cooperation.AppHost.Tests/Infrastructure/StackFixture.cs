using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Cooperation.BuildingBlocks.Security.Development;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.AppHost.Tests.Infrastructure;

/// <summary>
/// The whole stack, started once for every test in <see cref="StartedStackDefinition"/> by the real
/// AppHost: the broker (a container where an engine answers, rabbitmq-server otherwise) and every
/// service, on free ports and a private data directory so a local run can go on beside it.
/// </summary>
public sealed class StackFixture : IAsyncLifetime
{
    // First start on 2 cores: the broker boots (about 6 s), then each service builds its host.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"cooperation-apphost-tests-{Guid.NewGuid():N}");
    private readonly string signingKey = DevelopmentSigningKey.Generate();
    private DistributedApplication? app;

    public DistributedApplication App => app ?? throw new InvalidOperationException("The stack has not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Cooperation_AppHost>(
            [
                "--Messaging:Port=0",
                $"--Messaging:DataDirectory={Path.Combine(dataDirectory, "messaging")}",
                $"--Data:Directory={Path.Combine(dataDirectory, "databases")}",
                $"--Authentication:Development:SigningKey={signingKey}",
            ],
            timeout.Token);
        app = await builder.BuildAsync(timeout.Token);
        await app.StartAsync(timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("working-group", timeout.Token);
    }

    public GrpcChannel ChannelTo(string resourceName) => GrpcChannel.ForAddress(App.GetEndpoint(resourceName, "http"));

    /// <summary>A channel to <paramref name="resourceName"/> that calls as a development persona.</summary>
    public GrpcChannel ChannelTo(string resourceName, string persona)
    {
        var token = DevelopmentTokenIssuer.Create(DevelopmentTokenIssuer.DevelopmentEnvironment, signingKey).Mint(persona);
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

    public IResource Resource(string name) =>
        App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == name);

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync().WaitAsync(StopTimeout);
            await app.DisposeAsync().AsTask().WaitAsync(StopTimeout);
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
