using k8s;
using k8s.Models;

namespace Cooperation.Kubernetes.Tests;

/// <summary>The published YAML loaded strictly into Kubernetes' own object models.</summary>
internal static class ManifestDocuments
{
    /// <summary>The kinds the publish step writes, each to its typed model; an unknown field fails the load.</summary>
    public static readonly IDictionary<string, Type> TypedKinds = new Dictionary<string, Type>
    {
        ["v1/Namespace"] = typeof(V1Namespace),
        ["v1/ConfigMap"] = typeof(V1ConfigMap),
        ["v1/Service"] = typeof(V1Service),
        ["apps/v1/Deployment"] = typeof(V1Deployment),
        ["policy/v1/PodDisruptionBudget"] = typeof(V1PodDisruptionBudget),
    };

    public static List<object> LoadStrict(string yaml) => KubernetesYaml.LoadAllFromString(yaml, TypedKinds, strict: true);

    public static List<object> All(PublishedManifests published) =>
        published.Files
            .Where(file => file.Key != "kustomization.yaml" && file.Key != "messaging.yaml")
            .SelectMany(file => LoadStrict(file.Value))
            .ToList();
}
