using Cooperation.BuildingBlocks.Security.Development;
using Grpc.Core;
using Grpc.Net.Client;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Cooperation.Testing;

/// <summary>
/// A service in-process, the same way for every service: its own PostgreSQL database (a fresh copy
/// of the run's migrated template, on the run's private cluster) under the connection string the
/// service reads, MassTransit's test harness in place of RabbitMQ, a clock the test drives, and
/// bearer tokens signed with a key only tests know. A service's factory names its database and
/// adds only the settings that are its own.
/// </summary>
public abstract class InProcessServiceFactory<TEntryPoint>(string connectionName, Func<TestDatabase> createDatabase)
    : WebApplicationFactory<TEntryPoint>, IHttpServiceHost
    where TEntryPoint : class
{
    /// <summary>The persona <see cref="Channel"/> calls as: a co-chair passes every programme policy.</summary>
    public const string DefaultPersona = "uk-co-chair";

    private static readonly string SigningKey = DevelopmentSigningKey.Generate();

    private readonly TestDatabase _database = createDatabase();
    private readonly Dictionary<string, GrpcChannel> _channels = [];
    private GrpcChannel? _anonymous;

    // Tokens are minted and validated against the real clock; the service's domain clock is Clock.
    private readonly DevelopmentTokenIssuer _tokens = DevelopmentTokenIssuer.Create(
        DevelopmentTokenIssuer.DevelopmentEnvironment, SigningKey);

    /// <summary>Starts on the day the joint statement was signed unless a test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2023, 11, 13, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A channel that calls as <see cref="DefaultPersona"/>.</summary>
    public GrpcChannel Channel => ChannelFor(DefaultPersona);

    /// <summary>A channel with no token at all.</summary>
    public GrpcChannel AnonymousChannel => _anonymous ??= GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
    {
        HttpHandler = Server.CreateHandler(),
    });

    public ITestHarness Harness => Services.GetTestHarness();

    /// <summary>The connection string of this factory's own database (for command counts and direct reads).</summary>
    public string ConnectionString => _database.ConnectionString;

    /// <summary>A channel that calls as one of the <see cref="DevelopmentPersonas"/>.</summary>
    public GrpcChannel ChannelFor(string persona)
    {
        if (!_channels.TryGetValue(persona, out var channel))
        {
            channel = ChannelWithToken(_tokens.Mint(persona));
            _channels[persona] = channel;
        }

        return channel;
    }

    /// <summary>A channel that calls as <paramref name="persona"/>, for personas a test makes up.</summary>
    public GrpcChannel ChannelFor(DevelopmentPersona persona) => ChannelWithToken(_tokens.Mint(persona));

    /// <summary>An HTTP/1.1 client as <paramref name="persona"/> (no token when null), for the JSON surface.</summary>
    public HttpClient HttpClientFor(string? persona)
    {
        var client = CreateClient();
        if (persona is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", _tokens.Mint(persona));
        }

        return client;
    }

    private GrpcChannel ChannelWithToken(string token) =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = Server.CreateHandler(),
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("Authorization", $"Bearer {token}");
                return Task.CompletedTask;
            })),
            // The test server is in-process: there is no wire for the token to leak on.
            UnsafeUseInsecureChannelCallCredentials = true,
        });

    /// <summary>Settings of the service's own beyond the common ones (none by default).</summary>
    protected virtual void ConfigureServiceSettings(IWebHostBuilder builder)
    {
    }

    protected sealed override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{connectionName}", _database.ConnectionString);
        builder.UseSetting("Authentication:Issuer", DevelopmentTokenIssuer.Issuer);
        builder.UseSetting("Authentication:Audience", DevelopmentTokenIssuer.DefaultAudience);
        builder.UseSetting("Authentication:SigningKeys:0", SigningKey);
        foreach (var (key, value) in PlaceholderServiceClient.Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddMassTransitTestHarness();
        });
        ConfigureServiceSettings(builder);
    }

    protected override void Dispose(bool disposing)
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }

        _anonymous?.Dispose();
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
