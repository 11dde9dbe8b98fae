using k8s.Models;

namespace Cooperation.AppHost.Kubernetes;

/// <summary>
/// The broker as a cluster the RabbitMQ Cluster Operator runs (https://www.rabbitmq.com/kubernetes/operator):
/// a <c>RabbitmqCluster</c> of an odd number of nodes, so the services' quorum queues keep a
/// confirmed message when a node is lost, and a disruption budget that lets a drain take one
/// node at a time. The services read its address from the <c>cooperation-messaging</c> Secret.
/// </summary>
internal static class MessagingClusterManifests
{
    public static IEnumerable<object> For(KubernetesSettings settings)
    {
        var labels = new Dictionary<string, string>
        {
            // The operator labels the cluster's pods with its name.
            ["app.kubernetes.io/name"] = settings.MessagingClusterName,
            ["app.kubernetes.io/part-of"] = "cooperation",
        };

        yield return new Dictionary<string, object>
        {
            ["apiVersion"] = "rabbitmq.com/v1beta1",
            ["kind"] = "RabbitmqCluster",
            ["metadata"] = new Dictionary<string, object>
            {
                ["name"] = settings.MessagingClusterName,
                ["namespace"] = settings.Namespace,
                ["labels"] = labels,
            },
            ["spec"] = new Dictionary<string, object>
            {
                ["replicas"] = settings.MessagingReplicas,
                ["resources"] = new Dictionary<string, object>
                {
                    ["requests"] = new Dictionary<string, string> { ["cpu"] = "500m", ["memory"] = "1Gi" },
                    ["limits"] = new Dictionary<string, string> { ["cpu"] = "1", ["memory"] = "1Gi" },
                },
                ["persistence"] = new Dictionary<string, string> { ["storage"] = "10Gi" },
                ["rabbitmq"] = new Dictionary<string, string>
                {
                    // The minority side of a network split stops instead of accepting writes it may lose.
                    ["additionalConfig"] = "cluster_partition_handling = pause_minority\n",
                },
            },
        };

        yield return new V1PodDisruptionBudget
        {
            ApiVersion = "policy/v1",
            Kind = "PodDisruptionBudget",
            Metadata = new V1ObjectMeta { Name = settings.MessagingClusterName, NamespaceProperty = settings.Namespace, Labels = labels },
            Spec = new V1PodDisruptionBudgetSpec
            {
                MaxUnavailable = 1,
                Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = settings.MessagingClusterName } },
            },
        };
    }
}
