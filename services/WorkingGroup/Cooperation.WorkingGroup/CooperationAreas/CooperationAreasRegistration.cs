namespace Cooperation.WorkingGroup.CooperationAreas;

internal static class CooperationAreasRegistration
{
    public static IServiceCollection AddCooperationAreas(this IServiceCollection services) =>
        services.AddSingleton<CooperationAreaRepository>();
}
