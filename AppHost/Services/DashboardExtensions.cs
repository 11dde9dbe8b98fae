namespace Cooperation.AppHost.Services;

internal static class DashboardExtensions
{
    /// <summary>
    /// The programme dashboard: its "http" launch profile (a stable port for local runs), the web
    /// (HTTP/1.1, gRPC-Web) endpoints of the services its page calls, which its server hands to
    /// the page, the development key for its persona picker, and health over /health. The services
    /// it calls allow its origin for CORS.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddProgrammeDashboard(
        this IDistributedApplicationBuilder builder,
        string name,
        IResourceBuilder<ProjectResource> metrics,
        IResourceBuilder<ProjectResource> workingGroup)
    {
        var dashboard = builder.AddProject<Projects.Cooperation_Dashboard>(name, launchProfileName: "http")
            .WithReference(metrics.GetEndpoint(GrpcServiceExtensions.WebEndpointName))
            .WithReference(workingGroup.GetEndpoint(GrpcServiceExtensions.WebEndpointName))
            .WithEnvironment("Authentication__Development__SigningKey", DevelopmentTokens.SigningKey(builder.Configuration))
            .WithHttpHealthCheck("/health");
        var origin = dashboard.GetEndpoint("http");
        metrics.WithEnvironment("GrpcWeb__AllowedOrigins__0", origin);
        workingGroup.WithEnvironment("GrpcWeb__AllowedOrigins__0", origin);
        return dashboard;
    }
}
