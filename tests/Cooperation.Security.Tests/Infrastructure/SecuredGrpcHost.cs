using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;

namespace Cooperation.Security.Tests.Infrastructure;

/// <summary>
/// A minimal service wired the way every service will be: gRPC defaults, a PostgreSQL database with
/// the audit table, bearer authentication against the development key, the suite's policies and
/// the audit gRPC service, in-process on a TestServer.
/// </summary>
internal sealed class SecuredGrpcHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly AuditDatabase _database;

    private SecuredGrpcHost(WebApplication app, GrpcChannel channel, AuditDatabase database)
    {
        _app = app;
        _database = database;
        Channel = channel;
    }

    public GrpcChannel Channel { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<SecuredGrpcHost> StartAsync()
    {
        var database = await AuditDatabase.CreateAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Configuration["ConnectionStrings:securitytest"] = database.ConnectionString;
        builder.Configuration["Authentication:Development:SigningKey"] = TestKeys.SigningKey;
        builder.AddGrpcServiceDefaults();
        builder.AddServiceDatabase("securitytest", typeof(SecuredGrpcHost).Assembly);
        builder.AddMessaging();
        builder.AddAudit("test");
        builder.AddCooperationAuthentication();
        builder.AddCooperationAuthorization();

        var app = builder.Build();
        app.MapGrpcServiceDefaults();
        app.MapAuditGrpcService();
        await app.StartAsync();

        var channel = GrpcChannel.ForAddress(app.GetTestServer().BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = app.GetTestServer().CreateHandler(),
        });
        return new SecuredGrpcHost(app, channel, database);
    }

    public static Metadata Bearer(string token) => [new("Authorization", $"Bearer {token}")];

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
