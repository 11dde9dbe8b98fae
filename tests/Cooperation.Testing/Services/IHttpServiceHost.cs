namespace Cooperation.Testing;

/// <summary>A service hosted in process that also answers plain HTTP (its JSON surface and OpenAPI document).</summary>
public interface IHttpServiceHost : IServiceHost
{
    /// <summary>An HTTP/1.1 client to the service carrying <paramref name="persona"/>'s bearer token, or none when null.</summary>
    HttpClient HttpClientFor(string? persona);
}
