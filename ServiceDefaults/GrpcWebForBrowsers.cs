using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// gRPC-Web for browsers, which cannot speak gRPC over HTTP/2 trailers: every gRPC service also
/// answers gRPC-Web (binary and text) on any port, in practice the HTTP/1.1 web port, where
/// browsers can reach it. Browser pages served from another origin (the programme dashboard)
/// need CORS; the origins allowed are configured (<c>GrpcWeb:AllowedOrigins</c>, e.g.
/// <c>GrpcWeb__AllowedOrigins__0=http://localhost:5200</c>), none when unset.
/// </summary>
public static class GrpcWebForBrowsers
{
    /// <summary>Configuration key holding the allowed origins (an array).</summary>
    public const string AllowedOriginsKey = "GrpcWeb:AllowedOrigins";

    public const string CorsPolicyName = "grpc-web-browsers";

    /// <summary>
    /// Headers a browser script must read: a trailers-only gRPC-Web answer (an error) carries the
    /// status in headers, and CORS hides every response header not named here.
    /// </summary>
    private static readonly string[] ExposedHeaders = ["grpc-status", "grpc-message", "grpc-status-details-bin"];

    public static TBuilder AddGrpcWebForBrowsers<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var origins = builder.Configuration.GetSection(AllowedOriginsKey).Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicyName, policy => policy
            .WithOrigins(origins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.TrimEnd('/')).ToArray())
            .WithMethods(HttpMethods.Post)
            .AllowAnyHeader()
            .WithExposedHeaders(ExposedHeaders)));
        builder.Services.AddSingleton<IStartupFilter, GrpcWebStartupFilter>();
        return builder;
    }

    /// <summary>
    /// Puts CORS and the gRPC-Web translation first in the pipeline, before routing, so a service's
    /// Program.cs needs no extra line: a preflight is answered before authentication, and with
    /// gRPC-Web on by default the translation needs no endpoint metadata.
    /// </summary>
    private sealed class GrpcWebStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseCors(CorsPolicyName);
            app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
            next(app);
        };
    }
}
