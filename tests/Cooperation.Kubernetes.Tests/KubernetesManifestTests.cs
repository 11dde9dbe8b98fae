using System.Text.RegularExpressions;
using k8s;
using k8s.Models;

namespace Cooperation.Kubernetes.Tests;

public sealed class KubernetesManifestTests(PublishedManifests published) : IClassFixture<PublishedManifests>
{
    private static readonly string[] Services = ["capacity-building", "metrics", "training", "working-group"];

    [Fact]
    public void Every_service_of_the_app_model_gets_its_manifest_and_the_kustomization_lists_every_file()
    {
        foreach (var service in Services)
        {
            Assert.True(published.Files.ContainsKey($"{service}.yaml"), $"{service}.yaml missing; output:\n{published.Output}");
        }

        var kustomization = KubernetesYaml.Deserialize<Dictionary<string, object>>(published.Files["kustomization.yaml"]);
        var resources = Assert.IsType<List<object>>(kustomization["resources"]).Cast<string>().Order().ToList();
        Assert.Equal(published.Files.Keys.Where(name => name != "kustomization.yaml").Order().ToList(), resources);
    }

    [Fact]
    public void Every_document_loads_strictly_into_its_kubernetes_model_with_its_required_fields()
    {
        var documents = ManifestDocuments.All(published);

        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            var kubernetesObject = Assert.IsAssignableFrom<IKubernetesObject<V1ObjectMeta>>(document);
            Assert.False(string.IsNullOrEmpty(kubernetesObject.ApiVersion));
            Assert.False(string.IsNullOrEmpty(kubernetesObject.Kind));
            Assert.False(string.IsNullOrEmpty(kubernetesObject.Metadata?.Name));
            // The models' own Validate() checks required fields (e.g. a container's name, a port's number).
            document.GetType().GetMethod("Validate", Type.EmptyTypes)?.Invoke(document, null);
        }
    }

    [Fact]
    public void Every_deployment_runs_at_least_two_replicas_with_grpc_probes_requests_and_limits()
    {
        var deployments = ManifestDocuments.All(published).OfType<V1Deployment>().ToList();

        Assert.Equal(Services, deployments.Select(d => d.Metadata.Name).Order());
        foreach (var deployment in deployments)
        {
            Assert.True(deployment.Spec.Replicas >= 2, $"{deployment.Metadata.Name}: {deployment.Spec.Replicas} replicas");
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            var grpcPort = Assert.Single(container.Ports, p => p.Name == "grpc").ContainerPort;
            Assert.Single(container.Ports, p => p.Name == "web");
            foreach (var probe in new[] { container.ReadinessProbe, container.LivenessProbe, container.StartupProbe })
            {
                Assert.NotNull(probe?.Grpc);
                Assert.Equal(grpcPort, probe.Grpc.Port);
            }

            // Liveness asks the "live" checks only, so a database outage does not restart every pod.
            Assert.Equal("liveness", container.LivenessProbe.Grpc.Service);
            foreach (var resource in new[] { "cpu", "memory" })
            {
                Assert.True(container.Resources.Requests.ContainsKey(resource), $"{deployment.Metadata.Name}: no {resource} request");
                Assert.True(container.Resources.Limits.ContainsKey(resource), $"{deployment.Metadata.Name}: no {resource} limit");
            }
        }
    }

    [Fact]
    public void Every_deployment_has_a_disruption_budget_and_a_service_for_both_ports()
    {
        var documents = ManifestDocuments.All(published);
        foreach (var deployment in documents.OfType<V1Deployment>())
        {
            var labels = deployment.Spec.Template.Metadata.Labels;
            var budget = Assert.Single(documents.OfType<V1PodDisruptionBudget>(), b => Selects(b.Spec.Selector.MatchLabels, labels));
            Assert.True(budget.Spec.MaxUnavailable is not null || budget.Spec.MinAvailable is not null);
            var service = Assert.Single(documents.OfType<V1Service>(), s => Selects(s.Spec.Selector, labels));
            Assert.Equal("kubernetes.io/h2c", Assert.Single(service.Spec.Ports, p => p.Name == "grpc").AppProtocol);
            Assert.Single(service.Spec.Ports, p => p.Name == "web");
        }
    }

    [Fact]
    public void Connection_strings_and_client_secrets_come_from_secrets_by_reference()
    {
        foreach (var deployment in ManifestDocuments.All(published).OfType<V1Deployment>())
        {
            var environment = deployment.Spec.Template.Spec.Containers.Single().Env;
            Assert.Contains(environment, e => e.Name == "ConnectionStrings__messaging");
            foreach (var variable in environment.Where(e => e.Name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
                || e.Name.Contains("Secret", StringComparison.OrdinalIgnoreCase)))
            {
                Assert.Null(variable.Value);
                Assert.NotNull(variable.ValueFrom?.SecretKeyRef);
            }
        }
    }

    [Fact]
    public void A_service_that_calls_another_finds_it_by_its_service_name_and_calls_with_its_own_identity()
    {
        var documents = ManifestDocuments.All(published);
        var settings = Assert.Single(documents.OfType<V1ConfigMap>(), c => c.Metadata.Name == "working-group").Data;
        var deployment = Assert.Single(documents.OfType<V1Deployment>(), d => d.Metadata.Name == "working-group");

        Assert.Equal("http://metrics:8080", settings["services__metrics__http__0"]);
        Assert.False(string.IsNullOrEmpty(settings["Authentication__ServiceClient__TokenEndpoint"]));
        Assert.False(string.IsNullOrEmpty(settings["Authentication__ServiceClient__ClientId"]));
        var clientSecret = Assert.Single(deployment.Spec.Template.Spec.Containers.Single().Env, e => e.Name == "Authentication__ServiceClient__ClientSecret");
        Assert.False(clientSecret.ValueFrom.SecretKeyRef.Optional ?? false);
    }

    [Fact]
    public void No_manifest_holds_a_secret_value_in_plain_text()
    {
        var documents = ManifestDocuments.All(published);
        Assert.DoesNotContain(documents, d => d is V1Secret);
        var plainValues = documents.OfType<V1ConfigMap>().SelectMany(c => c.Data.Select(kv => (kv.Key, kv.Value)))
            .Concat(documents.OfType<V1Deployment>()
                .SelectMany(d => d.Spec.Template.Spec.Containers.Single().Env)
                .Where(e => e.Value is not null)
                .Select(e => (Key: e.Name, e.Value)))
            .ToList();

        foreach (var (key, value) in plainValues)
        {
            Assert.DoesNotMatch(new Regex("(?i)(secret|password|signingkey|apikey|token$)"), key);
            Assert.DoesNotMatch(new Regex("(?i)(password=|pwd=|://[^/@\\s]+:[^/@\\s]+@)"), value);
        }

        foreach (var (name, text) in published.Files)
        {
            Assert.False(text.Contains("Development__SigningKey", StringComparison.Ordinal), $"{name} carries the development key");
            Assert.False(text.Contains("guest:guest", StringComparison.Ordinal), $"{name} carries the broker's local credentials");
        }
    }

    [Fact]
    public void The_broker_is_a_three_node_rabbitmq_cluster_with_a_disruption_budget()
    {
        var documents = KubernetesYaml.LoadAllFromString(
            published.Files["messaging.yaml"],
            new Dictionary<string, Type>
            {
                ["rabbitmq.com/v1beta1/RabbitmqCluster"] = typeof(Dictionary<string, object>),
                ["policy/v1/PodDisruptionBudget"] = typeof(V1PodDisruptionBudget),
            },
            strict: true);

        var cluster = Assert.Single(documents.OfType<Dictionary<string, object>>());
        var spec = Assert.IsType<Dictionary<object, object>>(cluster["spec"]);
        Assert.Equal("3", spec["replicas"].ToString());
        Assert.Single(documents.OfType<V1PodDisruptionBudget>());
    }

    private static bool Selects(IDictionary<string, string> selector, IDictionary<string, string> labels) =>
        selector.Count > 0 && selector.All(kv => labels.TryGetValue(kv.Key, out var value) && value == kv.Value);
}
