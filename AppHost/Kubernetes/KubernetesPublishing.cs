// Aspire 13 marks its pipeline API as evaluation-only; it is the supported hook for a publish
// step of one's own, and the manifests' test pins what the step writes.
#pragma warning disable ASPIREPIPELINES001, ASPIREPIPELINES004
using Aspire.Hosting.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cooperation.AppHost.Kubernetes;

/// <summary>
/// The AppHost's publish step for Kubernetes:
/// <c>dotnet run --project AppHost -- --operation publish --step publish-kubernetes --output-path deploy/k8s</c>
/// writes the manifests of every service in the app model (see docs/kubernetes.md).
/// </summary>
internal static class KubernetesPublishing
{
    public const string StepName = "publish-kubernetes";

    /// <summary>
    /// Registers the step. The settings are read now, so a wrong one stops the command before
    /// anything is written (<see cref="InvalidOperationException"/> naming the setting).
    /// </summary>
    public static IDistributedApplicationBuilder AddKubernetesPublishing(this IDistributedApplicationBuilder builder)
    {
        var settings = KubernetesSettings.From(builder.Configuration);
        builder.Pipeline.AddStep(StepName, context =>
        {
            try
            {
                var services = KubernetesAppModel.Services(context.Model);
                var files = KubernetesManifestSet.Render(settings, services);
                var directory = context.Services.GetRequiredService<IPipelineOutputService>().GetOutputDirectory();
                KubernetesManifestSet.Write(files, directory);
                context.Logger.LogInformation(
                    "Wrote {Count} Kubernetes manifests for {Services} to {Directory}; apply them with kubectl apply -k {Directory}",
                    files.Count, string.Join(", ", services.Select(s => s.Name)), directory, directory);
                return Task.CompletedTask;
            }
            catch
            {
                // Aspire reports a failed step but ends the process with 0; a script must see the failure.
                Environment.ExitCode = 1;
                throw;
            }
        }, requiredBy: WellKnownPipelineSteps.Publish);
        return builder;
    }
}
