namespace Cooperation.WorkingGroup.Agencies;

internal static class AgenciesRegistration
{
    public static IServiceCollection AddAgencies(this IServiceCollection services) =>
        services.AddHostedService<ReferenceDataSeeder>();
}
