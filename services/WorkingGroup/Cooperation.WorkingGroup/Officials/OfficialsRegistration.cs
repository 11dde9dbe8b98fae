namespace Cooperation.WorkingGroup.Officials;

internal static class OfficialsRegistration
{
    public static IServiceCollection AddOfficials(this IServiceCollection services) =>
        services
            .AddSingleton<OfficialRetentionPass>()
            .AddHostedService<OfficialRetentionJob>();
}
