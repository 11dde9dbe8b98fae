namespace Cooperation.AppHost.Services;

/// <summary>The suite's services, added the same way for a local run and for publishing.</summary>
internal sealed record SuiteServices(
    IResourceBuilder<ProjectResource> WorkingGroup,
    IResourceBuilder<ProjectResource> Training,
    IResourceBuilder<ProjectResource> CapacityBuilding,
    IResourceBuilder<ProjectResource> Metrics);

internal static class SuiteServicesExtensions
{
    /// <summary>
    /// One line per service: its project, its HTTP/1.1 web port (its h2c gRPC port is in its
    /// launch profile), its own database (named here, found by <paramref name="database"/>), the broker.
    /// </summary>
    public static SuiteServices AddServices(
        this IDistributedApplicationBuilder builder,
        IResourceBuilder<IResourceWithConnectionString> messaging,
        Func<string, IResourceBuilder<IResourceWithConnectionString>> database)
    {
        var services = new SuiteServices(
            builder.AddGrpcService<Projects.Cooperation_WorkingGroup>("working-group", 5211, database("workinggroupdb"), messaging),
            builder.AddGrpcService<Projects.Cooperation_Training>("training", 5212, database("trainingdb"), messaging),
            builder.AddGrpcService<Projects.Cooperation_CapacityBuilding>("capacity-building", 5213, database("capacitybuildingdb"), messaging),
            builder.AddGrpcService<Projects.Cooperation_Metrics>("metrics", 5214, database("metricsdb"), messaging));

        // The working group reads success measures' values from metrics for its review evidence pack (¶8).
        services.WorkingGroup.WithReference(services.Metrics);
        return services;
    }
}
