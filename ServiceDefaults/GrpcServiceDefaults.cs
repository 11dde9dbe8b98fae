using Cooperation.ServiceDefaults;
using Grpc.AspNetCore.Server;
using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
            // Inside the exception interceptor, so its refusal is translated like a handler's.
            options.Interceptors.Add<UnstorableTextInterceptor>();
            options.MaxReceiveMessageSize = MaxMessageBytes;
            options.MaxSendMessageSize = MaxMessageBytes;
            options.EnableDetailedErrors = builder.Environment.IsDevelopment();
        });
        // In place of the framework's binder, so a request that does not parse is the caller's InvalidArgument.
        builder.Services.RemoveAll(typeof(IServiceMethodProvider<>));
        builder.Services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(MalformedRequestServiceMethodProvider<>));
        builder.Services.AddGrpcReflection();
        // grpc.health.v1 reports the same checks as /health.
        builder.Services.AddGrpcHealthChecks();
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
