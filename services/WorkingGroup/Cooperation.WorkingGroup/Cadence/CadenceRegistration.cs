namespace Cooperation.WorkingGroup.Cadence;

internal static class CadenceRegistration
{
    public static IServiceCollection AddCadence(this IServiceCollection services) =>
        services
            .AddSingleton<CadenceRepository>()
            .AddSingleton<CadenceBreachCheck>()
            .AddHostedService<CadenceBreachMonitor>();

    public static WebApplication MapCadenceGrpcService(this WebApplication app)
    {
        app.MapGrpcService<CadenceGrpcService>();
        return app;
    }
}
