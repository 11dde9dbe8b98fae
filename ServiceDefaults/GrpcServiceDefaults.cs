using Cooperation.ServiceDefaults;
using Grpc.AspNetCore.Server;
using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>gRPC conventions every service follows: error mapping, size limits, reflection, gRPC health and the HTTP/JSON surface.</summary>
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
            // Inside the exception interceptor, so its refusal is translated like a handler's.
            options.Interceptors.Add<UnstorableTextInterceptor>();
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
        // Transcoding adds its own method provider; the gRPC Swagger registration calls AddGrpc again,
        // which adds the framework's binder back, so the binder is replaced only after both.
        grpc.AddHttpJsonSurface(builder);
        ReplaceFrameworkBinder(builder.Services);
        return grpc;
    }

    public static WebApplication MapGrpcServiceDefaults(this WebApplication app)
    {
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        app.MapDefaultEndpoints();
        app.MapHttpJsonSurface();
        return app;
    }

    // In place of the framework's binder, so a request that does not parse is the caller's InvalidArgument.
    // Two binders would map every method twice (an ambiguous match on every call).
    private static void ReplaceFrameworkBinder(IServiceCollection services)
    {
        foreach (var binder in services.Where(IsFrameworkBinder).ToList())
        {
            services.Remove(binder);
        }

        services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(MalformedRequestServiceMethodProvider<>));
    }

    private static bool IsFrameworkBinder(ServiceDescriptor descriptor) =>
        descriptor.ServiceType == typeof(IServiceMethodProvider<>)
        && descriptor.ImplementationType is { } type
        && type.Assembly == typeof(IServiceMethodProvider<>).Assembly;
}
