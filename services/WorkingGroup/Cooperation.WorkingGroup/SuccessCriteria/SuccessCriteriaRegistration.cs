namespace Cooperation.WorkingGroup.SuccessCriteria;

internal static class SuccessCriteriaRegistration
{
    public static IServiceCollection AddSuccessCriteria(this IServiceCollection services) =>
        services.AddSingleton<SuccessCriteriaRepository>();
}
