using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cooperation.WorkingGroup.Meetings;

internal static class MeetingsRegistration
{
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.TryAddSingleton<ProgrammeQueries>();
        return services
            .AddSingleton<MeetingRepository>()
            .AddSingleton<ActionItemRepository>();
    }

    public static WebApplication MapMeetingsGrpcService(this WebApplication app)
    {
        app.MapGrpcService<MeetingsGrpcService>();
        return app;
    }
}
