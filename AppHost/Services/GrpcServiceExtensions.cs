using Cooperation.AppHost.Platform;
using Microsoft.Extensions.Configuration;

namespace Cooperation.AppHost.Services;

internal static class GrpcServiceExtensions
{
    /// <summary>The name of every service's HTTP/1.1 endpoint (gRPC-Web, JSON, OpenAPI, probes).</summary>
    public const string WebEndpointName = "web";

    /// <summary>
    /// Adds one of the suite's gRPC services: its "http" launch profile (a stable h2c port for
    /// local runs), its HTTP/1.1 "web" endpoint on <paramref name="webPort"/>, its own database as
    /// ConnectionStrings__{database name} and the broker's as ConnectionStrings__messaging, a
    /// start only once both are ready, the development token key, and health over grpc.health.v1.
    /// <c>Stack:Replicas</c> (default 1) starts that many replicas of it on the same database and
    /// broker, behind Aspire's proxy on the same fixed ports.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddGrpcService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        int webPort,
        IResourceBuilder<IResourceWithConnectionString> database,
        IResourceBuilder<IResourceWithConnectionString> messaging)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, launchProfileName: "http")
            .WithWebEndpoint(webPort)
            .WithReference(database)
            .WaitFor(database)
            .WithReference(messaging)
            .WaitFor(messaging)
            .WithDevelopmentSigningKey()
            .WithReplicas(StackReplicas(builder.Configuration))
            .WithGrpcHealthCheck();

    /// <summary>
    /// The development token key, for local runs only: a published deployment trusts its
    /// identity provider, and no development key may reach a manifest.
    /// </summary>
    private static IResourceBuilder<ProjectResource> WithDevelopmentSigningKey(this IResourceBuilder<ProjectResource> service) =>
        service.ApplicationBuilder.ExecutionContext.IsPublishMode
            ? service
            : service.WithEnvironment("Authentication__Development__SigningKey", DevelopmentTokens.SigningKey(service.ApplicationBuilder.Configuration));

    /// <summary>
    /// The service learns which of its ports is the HTTP/1.1 one through Web__Port (the port the
    /// orchestrator allocated behind its proxy); every other port keeps HTTP/2.
    /// </summary>
    private static IResourceBuilder<ProjectResource> WithWebEndpoint(this IResourceBuilder<ProjectResource> service, int webPort)
    {
        service.WithHttpEndpoint(port: webPort, name: WebEndpointName);
        var web = service.GetEndpoint(WebEndpointName);
        return service.WithEnvironment("Web__Port", web.Property(EndpointProperty.TargetPort));
    }

    /// <summary>Replicas of every service, from <c>Stack:Replicas</c> (<c>Stack__Replicas</c> in the environment); at least one.</summary>
    public static int StackReplicas(IConfiguration configuration)
    {
        var value = configuration["Stack:Replicas"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var replicas) && replicas >= 1
            ? replicas
            : throw new InvalidOperationException($"Stack:Replicas must be a whole number of at least 1, not '{value}'.");
    }

    public static IResourceBuilder<T> WithGrpcHealthCheck<T>(this IResourceBuilder<T> builder, string endpointName = "http")
        where T : IResourceWithEndpoints
    {
        var healthCheckKey = builder.ApplicationBuilder.AddResourceHealthCheck(
            $"{builder.Resource.Name}_grpc_health", new GrpcHealthCheck(builder.Resource.GetEndpoint(endpointName)));
        return builder.WithHealthCheck(healthCheckKey);
    }
}
