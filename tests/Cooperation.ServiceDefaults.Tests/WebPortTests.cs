using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Cooperation.ServiceDefaults.Tests;

/// <summary>
/// A real Kestrel (not the test server) on two ports, configured as the services are: HTTP/2 by
/// default, and HTTP/1.1 on the port named by Web:Port.
/// </summary>
public sealed class WebPortTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly int grpcPort = FreeTcpPort();
    private readonly int webPort = FreeTcpPort();
    private WebApplication? app;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Kestrel:EndpointDefaults:Protocols"] = "Http2";
        builder.Configuration[WebPort.ConfigurationKey] = webPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.WebHost.UseUrls($"http://127.0.0.1:{grpcPort}", $"http://127.0.0.1:{webPort}");
        builder.AddServiceDefaults();
        app = builder.Build();
        app.MapDefaultEndpoints();
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
    public async Task The_web_port_answers_http_1_1()
    {
        using var client = new HttpClient { Timeout = Timeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{webPort}/alive")
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version11, response.Version);
    }

    [Fact]
    public async Task The_other_port_keeps_http_2_with_prior_knowledge()
    {
        using var client = new HttpClient { Timeout = Timeout };
        using var h2c = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{grpcPort}/alive")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var response = await client.SendAsync(h2c);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version20, response.Version);
    }

    [Fact]
    public async Task The_other_port_serves_no_http_1_1()
    {
        using var client = new HttpClient { Timeout = Timeout };
        using var http11 = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{grpcPort}/alive")
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var response = await client.SendAsync(http11);

        // Kestrel answers an HTTP/1.x request on an HTTP/2-only port with 400 and serves nothing.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("web")]
    [InlineData("0")]
    [InlineData("70000")]
    public void A_web_port_that_is_not_a_port_stops_the_start(string configured)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[WebPort.ConfigurationKey] = configured;

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddWebPort());

        Assert.Contains(WebPort.ConfigurationKey, error.Message, StringComparison.Ordinal);
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
