namespace Cooperation.AppHost.Tests.Infrastructure;

/// <summary>Directories under /tmp for one stack's data, so the tests never meet a developer's own.</summary>
public static class TemporaryDirectory
{
    public static string Create() => Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), $"cooperation-apphost-tests-{Guid.NewGuid():N}")).FullName;

    public static void Delete(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
