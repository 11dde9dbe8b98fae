using Cooperation.Training.Catalogue;
using MassTransit;

namespace Cooperation.Training;

/// <summary>Everything the training service registers and maps: every feature's singletons, consumers and gRPC services.</summary>
internal static class TrainingRegistration
{
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        // Catalogue
        services.AddSingleton<ActivityRepository>();
        return services;
    }

    public static IBusRegistrationConfigurator AddTrainingConsumers(this IBusRegistrationConfigurator bus) => bus;

    public static WebApplication MapTrainingGrpcServices(this WebApplication app)
    {
        app.MapGrpcService<CatalogueGrpcService>();
        return app;
    }
}
