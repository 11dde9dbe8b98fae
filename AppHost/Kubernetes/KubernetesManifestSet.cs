using System.Text;
using k8s;
using k8s.Models;

namespace Cooperation.AppHost.Kubernetes;

/// <summary>
/// Every manifest of a deployment as files: a namespace, one file per service, the broker
/// cluster, and a kustomization listing them, so <c>kubectl apply -k &lt;folder&gt;</c> applies
/// the lot.
/// </summary>
internal static class KubernetesManifestSet
{
    public const string NamespaceFile = "namespace.yaml";
    public const string MessagingFile = "messaging.yaml";
    public const string KustomizationFile = "kustomization.yaml";

    public static IReadOnlyDictionary<string, string> Render(KubernetesSettings settings, IReadOnlyList<KubernetesService> services)
    {
        settings.Validate();
        if (services.Count == 0)
        {
            throw new InvalidOperationException("The app model has no service to deploy.");
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [NamespaceFile] = Documents([new V1Namespace
            {
                ApiVersion = "v1",
                Kind = "Namespace",
                Metadata = new V1ObjectMeta { Name = settings.Namespace, Labels = new Dictionary<string, string> { ["app.kubernetes.io/part-of"] = "cooperation" } },
            }]),
            [MessagingFile] = Documents(MessagingClusterManifests.For(settings)),
        };
        foreach (var service in services)
        {
            files[$"{service.Name}.yaml"] = Documents(ServiceManifests.For(service, settings));
        }

        files[KustomizationFile] = Kustomization(settings, files.Keys);
        return files;
    }

    public static void Write(IReadOnlyDictionary<string, string> files, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    private static string Documents(IEnumerable<object> objects) =>
        string.Join("---\n", objects.Select(KubernetesYaml.Serialize).Select(yaml => yaml.EndsWith('\n') ? yaml : yaml + "\n"));

    private static string Kustomization(KubernetesSettings settings, IEnumerable<string> resources) =>
        KubernetesYaml.Serialize(new Dictionary<string, object>
        {
            ["apiVersion"] = "kustomize.config.k8s.io/v1beta1",
            ["kind"] = "Kustomization",
            ["namespace"] = settings.Namespace,
            ["resources"] = resources.ToList(),
        }) + "\n";
}
