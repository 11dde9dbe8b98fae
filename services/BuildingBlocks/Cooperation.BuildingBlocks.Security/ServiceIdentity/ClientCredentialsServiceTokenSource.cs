using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Cooperation.BuildingBlocks.Security.ServiceIdentity;

/// <summary>
/// The OAuth 2.0 client-credentials grant against the agency's authority: the service is a
/// confidential client with its own id and secret, and the token names the service.
/// </summary>
internal sealed class ClientCredentialsServiceTokenSource(
    HttpClient http, ServiceClientSettings settings, TimeProvider clock) : IServiceTokenSource, IDisposable
{
    private readonly CachedServiceToken _cache = new(clock);

    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => _cache.GetAsync(FetchAsync, cancellationToken);

    private async Task<(string Token, DateTimeOffset ExpiresAt)> FetchAsync(CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret,
        };
        if (!string.IsNullOrWhiteSpace(settings.Scope))
        {
            form["scope"] = settings.Scope;
        }

        using var content = new FormUrlEncodedContent(form);
        using var response = await http.PostAsync(settings.TokenEndpoint, content, cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new InvalidOperationException("The token endpoint answered with no token.");
        return (token.AccessToken, clock.GetUtcNow() + TimeSpan.FromSeconds(token.ExpiresIn > 0 ? token.ExpiresIn : 300));
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);

    public void Dispose() => _cache.Dispose();
}
