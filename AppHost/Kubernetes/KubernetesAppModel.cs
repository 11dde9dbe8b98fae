namespace Cooperation.AppHost.Kubernetes;

/// <summary>Reads the services and the connection strings they reference from the app model.</summary>
internal static class KubernetesAppModel
{
    public static IReadOnlyList<KubernetesService> Services(DistributedApplicationModel model) =>
        model.Resources.OfType<ProjectResource>()
            .Select(project => new KubernetesService(
                project.Name,
                References(project).OfType<IResourceWithConnectionString>().Select(resource => resource.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                References(project).OfType<ProjectResource>().Select(resource => resource.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(service => service.Name, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<IResource> References(ProjectResource project) =>
        project.Annotations.OfType<ResourceRelationshipAnnotation>()
            .Where(relationship => relationship.Type == "Reference")
            .Select(relationship => relationship.Resource);
}
