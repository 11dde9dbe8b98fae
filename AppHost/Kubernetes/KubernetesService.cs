namespace Cooperation.AppHost.Kubernetes;

/// <summary>
/// One of the suite's services as the manifests need it: its name in the app model and the
/// connection strings it reads (its own database, the broker), each from a Secret of that name, and
/// the other services it calls over gRPC.
/// </summary>
internal sealed record KubernetesService(string Name, IReadOnlyList<string> ConnectionNames, IReadOnlyList<string> CalledServices)
{
    public string ImageName => $"cooperation-{Name}";

    /// <summary>The Secret holding <c>ConnectionStrings__{connection}</c>; the platform team creates it.</summary>
    public static string ConnectionSecretName(string connection) => $"cooperation-{connection}";

    public const string ConnectionSecretKey = "connection-string";

    /// <summary>The Secret holding this service's own client secret for calls to other services.</summary>
    public string ServiceClientSecretName => $"cooperation-{Name}-service-client";

    public const string ServiceClientSecretKey = "client-secret";
}
