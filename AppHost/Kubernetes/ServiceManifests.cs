using k8s.Models;

namespace Cooperation.AppHost.Kubernetes;

/// <summary>
/// The objects one service needs in a cluster: its non-secret settings (ConfigMap), its pods
/// (Deployment), its two ports (Service) and how many pods a voluntary disruption may take
/// (PodDisruptionBudget). Secrets are referenced by name and never written.
/// </summary>
internal static class ServiceManifests
{
    public const string GrpcPortName = "grpc";
    public const string WebPortName = "web";

    /// <summary>grpc.health.v1 service name for liveness: only the "live" checks, never the database.</summary>
    public const string LivenessHealthService = "liveness";

    public static IEnumerable<object> For(KubernetesService service, KubernetesSettings settings)
    {
        yield return ConfigMap(service, settings);
        yield return Deployment(service, settings);
        yield return Service(service, settings);
        yield return DisruptionBudget(service, settings);
    }

    private static Dictionary<string, string> Labels(KubernetesService service) => new()
    {
        ["app.kubernetes.io/name"] = service.Name,
        ["app.kubernetes.io/part-of"] = "cooperation",
    };

    private static V1ObjectMeta Metadata(KubernetesService service, KubernetesSettings settings) => new()
    {
        Name = service.Name,
        NamespaceProperty = settings.Namespace,
        Labels = Labels(service),
    };

    private static V1ConfigMap ConfigMap(KubernetesService service, KubernetesSettings settings)
    {
        var data = Settings(service, settings);
        // A called service by its Service name and gRPC port, in the form service discovery
        // reads (services__{name}__http__0), as Aspire passes it on a local run.
        foreach (var called in service.CalledServices)
        {
            data[$"services__{called}__http__0"] = $"http://{called}:{settings.GrpcPort}";
        }

        // A caller gets its own identity from the provider (client credentials); its secret is in
        // the service-client Secret.
        if (service.CalledServices.Count > 0)
        {
            data["Authentication__ServiceClient__TokenEndpoint"] = settings.IdentityTokenEndpoint;
            data["Authentication__ServiceClient__ClientId"] = service.ImageName;
        }

        return new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = Metadata(service, settings), Data = data };
    }

    private static Dictionary<string, string> Settings(KubernetesService service, KubernetesSettings settings) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        // Both ports on every interface; Web__Port tells the service which one is HTTP/1.1.
        ["ASPNETCORE_URLS"] = $"http://+:{settings.GrpcPort};http://+:{settings.WebPort}",
        ["Web__Port"] = settings.WebPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Kestrel__EndpointDefaults__Protocols"] = "Http2",
        ["Authentication__Authority"] = settings.IdentityAuthority,
        ["Authentication__Audience"] = settings.IdentityAudience,
        ["OTEL_SERVICE_NAME"] = service.Name,
    };

    private static V1Deployment Deployment(KubernetesService service, KubernetesSettings settings) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = Metadata(service, settings),
        Spec = new V1DeploymentSpec
        {
            Replicas = settings.Replicas,
            Selector = new V1LabelSelector { MatchLabels = Labels(service) },
            Strategy = new V1DeploymentStrategy
            {
                Type = "RollingUpdate",
                // A rolling update never drops below the replicas asked for.
                RollingUpdate = new V1RollingUpdateDeployment { MaxUnavailable = "0", MaxSurge = "1" },
            },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = Labels(service) },
                Spec = PodSpec(service, settings),
            },
        },
    };

    private static V1PodSpec PodSpec(KubernetesService service, KubernetesSettings settings) => new()
    {
        SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true },
        // Replicas on different nodes, so one node's loss leaves the service answering.
        TopologySpreadConstraints =
        [
            new V1TopologySpreadConstraint
            {
                MaxSkew = 1,
                TopologyKey = "kubernetes.io/hostname",
                WhenUnsatisfiable = "ScheduleAnyway",
                LabelSelector = new V1LabelSelector { MatchLabels = Labels(service) },
            },
        ],
        Containers = [Container(service, settings)],
        Volumes = [new V1Volume { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource() }],
    };

    private static V1Container Container(KubernetesService service, KubernetesSettings settings) => new()
    {
        Name = service.Name,
        Image = $"{settings.Registry}/{service.ImageName}:{settings.ImageTag}",
        Ports =
        [
            new V1ContainerPort { Name = GrpcPortName, ContainerPort = settings.GrpcPort, Protocol = "TCP" },
            new V1ContainerPort { Name = WebPortName, ContainerPort = settings.WebPort, Protocol = "TCP" },
        ],
        EnvFrom = [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = service.Name } }],
        Env = Environment(service),
        Resources = new V1ResourceRequirements
        {
            Requests = new Dictionary<string, ResourceQuantity>
            {
                ["cpu"] = new(settings.CpuRequest),
                ["memory"] = new(settings.MemoryRequest),
            },
            Limits = new Dictionary<string, ResourceQuantity>
            {
                ["cpu"] = new(settings.CpuLimit),
                ["memory"] = new(settings.MemoryLimit),
            },
        },
        // Migrations run before the first answer: the start gets its own, longer allowance.
        StartupProbe = GrpcProbe(settings, service: null, periodSeconds: 2, failureThreshold: 60),
        ReadinessProbe = GrpcProbe(settings, service: null, periodSeconds: 5, failureThreshold: 3),
        LivenessProbe = GrpcProbe(settings, LivenessHealthService, periodSeconds: 10, failureThreshold: 3),
        SecurityContext = new V1SecurityContext
        {
            AllowPrivilegeEscalation = false,
            ReadOnlyRootFilesystem = true,
            Capabilities = new V1Capabilities { Drop = ["ALL"] },
        },
        VolumeMounts = [new V1VolumeMount { Name = "tmp", MountPath = "/tmp" }],
    };

    private static List<V1EnvVar> Environment(KubernetesService service)
    {
        var environment = service.ConnectionNames
            .Select(connection => new V1EnvVar
            {
                Name = $"ConnectionStrings__{connection}",
                ValueFrom = new V1EnvVarSource
                {
                    SecretKeyRef = new V1SecretKeySelector
                    {
                        Name = KubernetesService.ConnectionSecretName(connection),
                        Key = KubernetesService.ConnectionSecretKey,
                    },
                },
            })
            .ToList();
        // The service's own identity for calls to other services (client credentials); optional
        // for a service that calls no other.
        environment.Add(new V1EnvVar
        {
            Name = "Authentication__ServiceClient__ClientSecret",
            ValueFrom = new V1EnvVarSource
            {
                SecretKeyRef = new V1SecretKeySelector
                {
                    Name = service.ServiceClientSecretName,
                    Key = KubernetesService.ServiceClientSecretKey,
                    Optional = service.CalledServices.Count == 0,
                },
            },
        });
        return environment;
    }

    private static V1Probe GrpcProbe(KubernetesSettings settings, string? service, int periodSeconds, int failureThreshold) => new()
    {
        Grpc = new V1GRPCAction { Port = settings.GrpcPort, Service = service },
        PeriodSeconds = periodSeconds,
        FailureThreshold = failureThreshold,
        TimeoutSeconds = 3,
    };

    private static V1Service Service(KubernetesService service, KubernetesSettings settings) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = Metadata(service, settings),
        Spec = new V1ServiceSpec
        {
            Type = "ClusterIP",
            Selector = Labels(service),
            Ports =
            [
                new V1ServicePort
                {
                    Name = GrpcPortName, Port = settings.GrpcPort, TargetPort = GrpcPortName, Protocol = "TCP",
                    AppProtocol = "kubernetes.io/h2c",
                },
                new V1ServicePort
                {
                    Name = WebPortName, Port = settings.WebPort, TargetPort = WebPortName, Protocol = "TCP",
                    AppProtocol = "http",
                },
            ],
        },
    };

    private static V1PodDisruptionBudget DisruptionBudget(KubernetesService service, KubernetesSettings settings) => new()
    {
        ApiVersion = "policy/v1",
        Kind = "PodDisruptionBudget",
        Metadata = Metadata(service, settings),
        Spec = new V1PodDisruptionBudgetSpec
        {
            // One pod at a time may go for a drain; the others keep answering.
            MaxUnavailable = 1,
            Selector = new V1LabelSelector { MatchLabels = Labels(service) },
        },
    };
}
