using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cooperation.AppHost.Services;

internal static class GrpcServiceExtensions
{
    /// <summary>
    /// Adds one of the suite's gRPC services: its "http" launch profile (a stable h2c port for
    /// local runs), the broker's connection string as ConnectionStrings__messaging, a start only
    /// once the broker is ready, and health over grpc.health.v1.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddGrpcService<TProject>(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<IResourceWithConnectionString> messaging)
        where TProject : IProjectMetadata, new()
    {
        return builder.AddProject<TProject>(name, launchProfileName: "http")
            .WithReference(messaging)
            .WaitFor(messaging)
            .WithGrpcHealthCheck();
    }

    public static IResourceBuilder<T> WithGrpcHealthCheck<T>(this IResourceBuilder<T> builder, string endpointName = "http")
        where T : IResourceWithEndpoints
    {
        var healthCheckKey = $"{builder.Resource.Name}_grpc_health";
        var check = new GrpcHealthCheck(builder.Resource.GetEndpoint(endpointName));
        builder.ApplicationBuilder.Services.AddHealthChecks()
            .Add(new HealthCheckRegistration(healthCheckKey, _ => check, failureStatus: null, tags: null));
        return builder.WithHealthCheck(healthCheckKey);
    }
}
