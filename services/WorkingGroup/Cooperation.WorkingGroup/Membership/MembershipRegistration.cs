namespace Cooperation.WorkingGroup.Membership;

internal static class MembershipRegistration
{
    public static IServiceCollection AddMembership(this IServiceCollection services) =>
        services.AddSingleton<MembershipRepository>();
}
