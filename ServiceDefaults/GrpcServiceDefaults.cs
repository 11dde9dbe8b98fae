using Cooperation.ServiceDefaults;
using Grpc.AspNetCore.Server;
using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        grpc.AddHttpJsonSurface(builder);
        // Last: transcoding registers gRPC again, which would bring the framework's binder back.
        ReplaceFrameworkBinder(builder.Services);
        return grpc;
    }

    /// <summary>
    /// Binds the gRPC methods with <see cref="MalformedRequestServiceMethodProvider{TService}"/>
    /// instead of the framework's own binder, so a request that does not parse is the caller's
    /// InvalidArgument. Only that binder goes: transcoding's provider (HTTP routes) stays.
    /// </summary>
    private static void ReplaceFrameworkBinder(IServiceCollection services)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IServiceMethodProvider<>) && services[i].ImplementationType?.Name == FrameworkBinderTypeName)
            {
                services.RemoveAt(i);
            }
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IServiceMethodProvider<>), typeof(MalformedRequestServiceMethodProvider<>)));
    }

    /// <summary>Grpc.AspNetCore's internal binder; a test pins that it is found and replaced.</summary>
    internal const string FrameworkBinderTypeName = "BinderServiceMethodProvider`1";

    public static WebApplication MapGrpcServiceDefaults(this WebApplication app)
    {
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        app.MapDefaultEndpoints();
        app.MapHttpJsonSurface();
        return app;
    }
}
