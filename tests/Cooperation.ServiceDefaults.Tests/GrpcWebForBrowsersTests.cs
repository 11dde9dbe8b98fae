using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Cooperation.ServiceDefaults.Tests;

/// <summary>
/// A real Kestrel on an HTTP/1.1 port, configured as the services are: a browser's gRPC-Web call
/// reaches a gRPC service (grpc.health.v1), and CORS lets only the configured origin read it.
/// </summary>
public sealed class GrpcWebForBrowsersTests : IAsyncLifetime
{
    private const string AllowedOrigin = "http://localhost:5200";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly int webPort = FreeTcpPort();
    private static readonly HttpClient client = new() { Timeout = Timeout };
    private WebApplication? app;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Kestrel:EndpointDefaults:Protocols"] = "Http2";
        builder.Configuration[WebPort.ConfigurationKey] = webPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Configuration[$"{GrpcWebForBrowsers.AllowedOriginsKey}:0"] = AllowedOrigin + "/";
        builder.WebHost.UseUrls($"http://127.0.0.1:{webPort}");
        builder.AddServiceDefaults();
        builder.AddGrpcServiceDefaults();
        app = builder.Build();
        app.MapGrpcServiceDefaults();
        using var started = new CancellationTokenSource(Timeout);
        await app.StartAsync(started.Token);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_grpc_web_call_over_http_1_1_reaches_the_grpc_service_and_its_origin_may_read_the_status()
    {
        using var request = HealthCheck(AllowedOrigin);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version11, response.Version);
        Assert.Equal("application/grpc-web", response.Content.Headers.ContentType?.MediaType);
        // gRPC-Web carries the trailers in the body: the call succeeded.
        Assert.Contains("grpc-status: 0", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("grpc-status", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preflight_from_the_configured_origin_is_allowed_the_authorization_header()
    {
        using var response = await client.SendAsync(Preflight(AllowedOrigin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Another_origin_is_not_allowed()
    {
        using var preflight = await client.SendAsync(Preflight("http://elsewhere.example"));
        using var call = await client.SendAsync(HealthCheck("http://elsewhere.example"));

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(call.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private HttpRequestMessage HealthCheck(string origin)
    {
        // One uncompressed frame holding an empty HealthCheckRequest.
        var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{webPort}/grpc.health.v1.Health/Check")
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc-web");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("X-Grpc-Web", "1");
        return request;
    }

    private HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, $"http://127.0.0.1:{webPort}/grpc.health.v1.Health/Check")
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-grpc-web");
        return request;
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
