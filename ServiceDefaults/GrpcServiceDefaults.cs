using Cooperation.ServiceDefaults;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>gRPC conventions every service follows: error mapping, size limits, reflection and gRPC health.</summary>
public static class GrpcServiceDefaults
{
    /// <summary>Requests larger than this are refused before they reach a handler (abuse limit).</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    public static IGrpcServerBuilder AddGrpcServiceDefaults(this IHostApplicationBuilder builder)
    {
        var grpc = builder.Services.AddGrpc(options =>
        {
            options.Interceptors.Add<DomainExceptionInterceptor>();
            options.MaxReceiveMessageSize = MaxMessageBytes;
            options.MaxSendMessageSize = MaxMessageBytes;
            options.EnableDetailedErrors = builder.Environment.IsDevelopment();
        });
        builder.Services.AddGrpcReflection();
        // grpc.health.v1 reports the same checks as /health.
        builder.Services.AddGrpcHealthChecks();
        builder.AddGrpcWebForBrowsers();
        return grpc;
    }

    public static WebApplication MapGrpcServiceDefaults(this WebApplication app)
    {
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        app.MapDefaultEndpoints();
        return app;
    }
}
