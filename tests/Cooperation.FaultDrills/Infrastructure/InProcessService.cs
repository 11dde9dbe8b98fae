using Cooperation.Testing;
using Cooperation.BuildingBlocks.Security.Development;
using Grpc.Core;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Cooperation.FaultDrills.Infrastructure;

/// <summary>
/// A service hosted in the test process with nothing replaced but, when asked, its clock: its own
/// database on the drills' cluster, the drills' broker, its settings from <paramref name="settings"/>.
/// <typeparamref name="TMarker"/> is any public type of the service's assembly (every service's
/// entry point is called Program, so the type names the assembly instead).
/// </summary>
public sealed class InProcessService<TMarker>(IReadOnlyDictionary<string, string> settings, FakeTimeProvider? clock = null)
    : WebApplicationFactory<TMarker>
    where TMarker : class
{
    private static readonly string SigningKey = DevelopmentSigningKey.Generate();
    private readonly Dictionary<string, GrpcChannel> _channels = [];

    /// <summary>Every delivery a consumer of this service finished, applied or recognised as applied.</summary>
    public DeliveryCounter Deliveries => Services.GetRequiredService<DeliveryCounter>();

    /// <summary>Starts the host and waits until its bus is connected and its queues are declared.</summary>
    public async Task<InProcessService<TMarker>> StartAsync()
    {
        StartServer();
        await Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return this;
    }

    /// <summary>A channel that calls as one of the development personas.</summary>
    public GrpcChannel ChannelFor(string persona)
    {
        if (!_channels.TryGetValue(persona, out var channel))
        {
            var token = DevelopmentTokenIssuer.Create(DevelopmentTokenIssuer.DevelopmentEnvironment, SigningKey).Mint(persona);
            channel = GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
            {
                HttpHandler = Server.CreateHandler(),
                Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
                {
                    metadata.Add("Authorization", $"Bearer {token}");
                    return Task.CompletedTask;
                })),
                // In process: there is no wire for the token to leak on.
                UnsafeUseInsecureChannelCallCredentials = true,
            });
            _channels[persona] = channel;
        }

        return channel;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Authentication:Issuer", DevelopmentTokenIssuer.Issuer);
        builder.UseSetting("Authentication:Audience", DevelopmentTokenIssuer.DefaultAudience);
        builder.UseSetting("Authentication:SigningKeys:0", SigningKey);
        foreach (var (key, value) in PlaceholderServiceClient.Settings.Concat(settings.Select(setting => (setting.Key, setting.Value))))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<DeliveryCounter>();
            services.AddConsumeObserver(provider => provider.GetRequiredService<DeliveryCounter>());
            if (clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }

        base.Dispose(disposing);
    }
}
