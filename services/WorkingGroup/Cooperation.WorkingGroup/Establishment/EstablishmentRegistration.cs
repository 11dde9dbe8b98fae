namespace Cooperation.WorkingGroup.Establishment;

internal static class EstablishmentRegistration
{
    public static IServiceCollection AddEstablishment(this IServiceCollection services) =>
        services.AddSingleton<WorkingGroupRepository>();
}
