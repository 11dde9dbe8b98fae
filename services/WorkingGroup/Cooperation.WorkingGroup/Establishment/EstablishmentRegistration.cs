namespace Cooperation.WorkingGroup.Establishment;

internal static class EstablishmentRegistration
{
    // Nothing to register: the repository is static and the gRPC service is mapped with the others.
    public static IServiceCollection AddEstablishment(this IServiceCollection services) => services;
}
