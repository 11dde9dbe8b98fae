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

    /// <summary>grpc.health.v1 service name for the whole server: every check (readiness).</summary>
    public const string AllChecksHealthService = "";

    /// <summary>grpc.health.v1 service name answering from the "live" checks only (liveness).</summary>
    public const string LivenessHealthService = "liveness";

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
        // grpc.health.v1 reports the same checks as /health for the whole server (""), and the
        // "live" checks alone as "liveness": a liveness probe must not restart a process whose
        // database is briefly away; readiness takes it out of rotation instead.
        builder.Services.AddGrpcHealthChecks(health =>
        {
            health.Services.Map(AllChecksHealthService, _ => true);
            health.Services.Map(LivenessHealthService, result => result.Tags.Contains("live"));
        });
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
