using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Every service listens for gRPC over h2c and, on one more port, HTTP/1.1 for callers that
/// cannot speak h2c: browsers (gRPC-Web), scripts and platform tools (JSON, OpenAPI, health
/// probes). Without TLS there is no ALPN, so Kestrel cannot offer HTTP/1.1 and HTTP/2 on one port;
/// the protocol is therefore chosen per port: the port named by <c>Web:Port</c> speaks HTTP/1.1,
/// every other one what the configuration says (HTTP/2 in the services' appsettings).
/// </summary>
public static class WebPort
{
    /// <summary>Configuration key (environment <c>Web__Port</c>) naming the HTTP/1.1 port.</summary>
    public const string ConfigurationKey = "Web:Port";

    public static TBuilder AddWebPort<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var configured = builder.Configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return builder;
        }

        if (!int.TryParse(configured, out var port) || port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be a TCP port (1-65535), not '{configured}'.");
        }

        builder.Services.Configure<KestrelServerOptions>(kestrel =>
            kestrel.ConfigureEndpointDefaults(listener =>
            {
                if (listener.IPEndPoint?.Port == port)
                {
                    listener.Protocols = HttpProtocols.Http1;
                }
            }));
        return builder;
    }
}
