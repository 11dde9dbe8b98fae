using Cooperation.WorkingGroup.Agencies;
using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.CooperationAreas;
using Cooperation.WorkingGroup.Establishment;
using Cooperation.WorkingGroup.Meetings;
using Cooperation.WorkingGroup.Membership;
using Cooperation.WorkingGroup.Officials;
using Cooperation.WorkingGroup.Projects;
using Cooperation.WorkingGroup.Reviews;
using Cooperation.WorkingGroup.SuccessCriteria;
using MassTransit;

namespace Cooperation.WorkingGroup;

/// <summary>Everything the working-group service registers and maps, one line per feature.</summary>
internal static class WorkingGroupRegistration
{
    public static IServiceCollection AddWorkingGroup(this IServiceCollection services)
    {
        services.AddAgencies();
        services.AddOfficials();
        services.AddEstablishment();
        services.AddMembership();
        services.AddCooperationAreas();
        services.AddSuccessCriteria();
        services.AddReviews();
        services.AddMeetings();
        services.AddCadence();
        services.AddProjects();
        return services;
    }

    public static IBusRegistrationConfigurator AddWorkingGroupConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddProjectConsumers();
        return bus;
    }

    public static WebApplication MapWorkingGroupGrpcServices(this WebApplication app)
    {
        app.MapGrpcService<AgenciesGrpcService>();
        app.MapGrpcService<OfficialsGrpcService>();
        app.MapGrpcService<PersonalDataGrpcService>();
        app.MapGrpcService<WorkingGroupGrpcService>();
        app.MapGrpcService<MembershipGrpcService>();
        app.MapGrpcService<CooperationAreasGrpcService>();
        app.MapGrpcService<SuccessCriteriaGrpcService>();
        app.MapGrpcService<StatementReviewsGrpcService>();
        app.MapMeetingsGrpcService();
        app.MapCadenceGrpcService();
        app.MapProjectsGrpcService();
        return app;
    }
}
