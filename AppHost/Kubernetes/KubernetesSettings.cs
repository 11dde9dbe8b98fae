using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Cooperation.AppHost.Kubernetes;

/// <summary>
/// What a platform team chooses for its cluster, from the AppHost's <c>Kubernetes</c> section
/// (e.g. <c>--Kubernetes:Registry=registry.agency.example/cooperation</c> on the publish command).
/// Only names and sizes live here: every secret stays in the cluster and is referenced by name.
/// </summary>
internal sealed record KubernetesSettings
{
    /// <summary>Fewer than two replicas would let one node's drain stop a service.</summary>
    public const int MinimumReplicas = 2;

    public const string SectionName = "Kubernetes";

    public string Namespace { get; init; } = "cooperation";

    /// <summary>Where the services' images are pushed (<c>dotnet publish -t:PublishContainer</c>).</summary>
    public string Registry { get; init; } = "registry.example.org/cooperation";

    public string ImageTag { get; init; } = "latest";

    public int Replicas { get; init; } = MinimumReplicas;

    /// <summary>The container ports: gRPC over h2c, and HTTP/1.1 for browsers, scripts and probes.</summary>
    public int GrpcPort { get; init; } = 8080;

    public int WebPort { get; init; } = 8081;

    public string CpuRequest { get; init; } = "100m";

    public string CpuLimit { get; init; } = "1";

    public string MemoryRequest { get; init; } = "160Mi";

    public string MemoryLimit { get; init; } = "384Mi";

    /// <summary>The agency's OIDC provider; tokens are validated against its discovery document.</summary>
    public string IdentityAuthority { get; init; } = "https://identity.agency.example/realms/cooperation";

    public string IdentityAudience { get; init; } = "cooperation";

    /// <summary>Where a service that calls another gets its own token (client credentials).</summary>
    public string IdentityTokenEndpoint { get; init; } = "https://identity.agency.example/realms/cooperation/protocol/openid-connect/token";

    /// <summary>The <c>RabbitmqCluster</c> (RabbitMQ Cluster Operator) the services connect to.</summary>
    public string MessagingClusterName { get; init; } = "cooperation-messaging";

    /// <summary>Three nodes: a quorum queue keeps a confirmed message when one is lost.</summary>
    public int MessagingReplicas { get; init; } = 3;

    public static KubernetesSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var defaults = new KubernetesSettings();
        var settings = new KubernetesSettings
        {
            Namespace = section["Namespace"] ?? defaults.Namespace,
            Registry = (section["Registry"] ?? defaults.Registry).TrimEnd('/'),
            ImageTag = section["ImageTag"] ?? defaults.ImageTag,
            Replicas = Number(section, "Replicas", defaults.Replicas),
            GrpcPort = Number(section, "GrpcPort", defaults.GrpcPort),
            WebPort = Number(section, "WebPort", defaults.WebPort),
            CpuRequest = section["CpuRequest"] ?? defaults.CpuRequest,
            CpuLimit = section["CpuLimit"] ?? defaults.CpuLimit,
            MemoryRequest = section["MemoryRequest"] ?? defaults.MemoryRequest,
            MemoryLimit = section["MemoryLimit"] ?? defaults.MemoryLimit,
            IdentityAuthority = section["IdentityAuthority"] ?? defaults.IdentityAuthority,
            IdentityAudience = section["IdentityAudience"] ?? defaults.IdentityAudience,
            IdentityTokenEndpoint = section["IdentityTokenEndpoint"] ?? defaults.IdentityTokenEndpoint,
            MessagingClusterName = section["MessagingClusterName"] ?? defaults.MessagingClusterName,
            MessagingReplicas = Number(section, "MessagingReplicas", defaults.MessagingReplicas),
        };
        settings.Validate();
        return settings;
    }

    public void Validate()
    {
        if (Replicas < MinimumReplicas)
        {
            throw new InvalidOperationException(
                $"{SectionName}:Replicas is {Replicas}; a deployment runs at least {MinimumReplicas} replicas of every service.");
        }

        if (GrpcPort == WebPort)
        {
            throw new InvalidOperationException(
                $"{SectionName}:GrpcPort and WebPort are both {GrpcPort}: without TLS h2c and HTTP/1.1 need a port each.");
        }

        if (MessagingReplicas < 3 || MessagingReplicas % 2 == 0)
        {
            throw new InvalidOperationException(
                $"{SectionName}:MessagingReplicas is {MessagingReplicas}; quorum queues need an odd number of nodes, at least 3.");
        }
    }

    private static int Number(IConfiguration section, string key, int fallback) =>
        section[key] is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new InvalidOperationException($"{SectionName}:{key} must be a whole number, not '{text}'.")
            : fallback;
}
