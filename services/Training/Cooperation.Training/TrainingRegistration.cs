using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Training.Cascades;
using Cooperation.Training.Catalogue;
using Cooperation.Training.Completion;
using Cooperation.Training.Events;
using Cooperation.Training.Exchanges;
using Cooperation.Training.Needs;
using Cooperation.Training.PersonalData;
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

        // Cascade follow-up
        services.AddOptions<CascadeSettings>().BindConfiguration(CascadeSettings.Section)
            .Validate(s => s.DueAfterDays is > 0 and <= 3650, $"{CascadeSettings.Section}:DueAfterDays must be between 1 and 3650").ValidateOnStart();
        services.AddSingleton<CascadeRepository>();
        services.AddSingleton<CascadeOverdueCheck>();
        services.AddHostedService<CascadeOverdueMonitor>();

        // Training needs and their coverage
        services.AddSingleton<TrainingNeedRepository>();
        services.AddSingleton<TrainingNeedCoverage>();

        // Personal data: export and erasure of an official (¶7)
        services.AddSingleton<OfficialDataRepository>();
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
        app.MapGrpcService<CascadesGrpcService>();
        app.MapGrpcService<TrainingNeedsGrpcService>();
        app.MapGrpcService<PersonalDataGrpcService>();
        return app;
    }
}
