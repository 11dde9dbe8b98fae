using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
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
    private DistributedApplication? app;

    public DistributedApplication App => app ?? throw new InvalidOperationException("The stack has not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Cooperation_AppHost>(
            ["--Messaging:Port=0", $"--Messaging:DataDirectory={dataDirectory}"], timeout.Token);
        app = await builder.BuildAsync(timeout.Token);
        await app.StartAsync(timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("working-group", timeout.Token);
    }

    public GrpcChannel ChannelTo(string resourceName) => GrpcChannel.ForAddress(App.GetEndpoint(resourceName, "http"));

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
