using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Training.Catalogue;
using Cooperation.Training.Completion;
using Cooperation.Training.Events;
using Cooperation.Training.Exchanges;
using Cooperation.Training.Programme;
using Cooperation.Training.SignUp;
using MassTransit;

namespace Cooperation.Training;

/// <summary>Everything the training service registers and maps: every feature's singletons, consumers and gRPC services.</summary>
internal static class TrainingRegistration
{
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        // Catalogue
        services.AddSingleton<ActivityRepository>();

        // Events
        services.AddSingleton<EventRepository>();

        // Sign-up
        services.AddSingleton<BookingRepository>();

        // Attendance, completion, certificates
        services.AddSingleton<CompletionRepository>();

        // Programme items (the working group's agreed training projects)
        services.AddSingleton<ProgrammeItemRepository>();

        // BG–UK exchanges
        services.AddSingleton<ExchangeRepository>();
        return services;
    }

    public static IBusRegistrationConfigurator AddTrainingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddInboxConsumer<ProjectAgreedConsumer, ProjectAgreed>(TrainingEndpoints.ProjectAgreed);
        return bus;
    }

    public static WebApplication MapTrainingGrpcServices(this WebApplication app)
    {
        app.MapGrpcService<CatalogueGrpcService>();
        app.MapGrpcService<EventsGrpcService>();
        app.MapGrpcService<SignUpGrpcService>();
        app.MapGrpcService<CompletionGrpcService>();
        app.MapGrpcService<ProgrammeGrpcService>();
        app.MapGrpcService<ExchangesGrpcService>();
        return app;
    }
}
