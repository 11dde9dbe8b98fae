namespace Cooperation.Kubernetes.Tests;

public sealed class KubernetesSettingsTests
{
    [Fact]
    public async Task A_single_replica_is_refused_with_the_setting_named()
    {
        var output = Path.Combine(Path.GetTempPath(), $"cooperation-k8s-{Guid.NewGuid():N}");

        var (exitCode, text) = await PublishedManifests.PublishAsync(output, "--Kubernetes:Replicas=1");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Kubernetes:Replicas", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.yaml").Any());
    }
}
