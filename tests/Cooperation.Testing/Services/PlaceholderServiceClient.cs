namespace Cooperation.Testing;

/// <summary>
/// A client-credentials registration for a hosted service's own identity. Outside Development a
/// service that calls another (the working group calls metrics) starts only with one; no
/// authority answers at this address, so a test that exercises such a call substitutes its own
/// token source.
/// </summary>
public static class PlaceholderServiceClient
{
    public static readonly IReadOnlyList<(string Key, string Value)> Settings =
    [
        ("Authentication:ServiceClient:TokenEndpoint", "http://127.0.0.1:1/token"),
        ("Authentication:ServiceClient:ClientId", "placeholder-service"),
        ("Authentication:ServiceClient:ClientSecret", "not-a-secret"),
    ];
}
