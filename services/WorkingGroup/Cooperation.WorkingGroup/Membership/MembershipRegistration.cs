namespace Cooperation.WorkingGroup.Membership;

internal static class MembershipRegistration
{
    // Nothing to register: the repository is static and the gRPC service is mapped with the others.
    public static IServiceCollection AddMembership(this IServiceCollection services) => services;
}
