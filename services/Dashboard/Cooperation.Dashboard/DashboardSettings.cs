using Cooperation.BuildingBlocks.Security.Development;

namespace Cooperation.Dashboard;

/// <summary>
/// What the page needs to know about its surroundings, read once at start: the HTTP/1.1 (gRPC-Web)
/// addresses of the services it calls, and how a person signs in.
/// </summary>
/// <param name="MetricsUrl">The metrics service's web endpoint.</param>
/// <param name="WorkingGroupUrl">The working-group service's web endpoint.</param>
/// <param name="Oidc">The agency's identity provider, when the deployment has one.</param>
/// <param name="DevelopmentSigningKey">The development key, in Development only; null disables the persona picker.</param>
public sealed record DashboardSettings(string MetricsUrl, string WorkingGroupUrl, OidcSettings? Oidc, string? DevelopmentSigningKey)
{
    /// <summary>
    /// The addresses come from service discovery (<c>services:metrics:web:0</c>, which the AppHost's
    /// references set) or, in a deployment without the AppHost, from <c>Dashboard:MetricsUrl</c> and
    /// <c>Dashboard:WorkingGroupUrl</c>.
    /// </summary>
    public static DashboardSettings Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var oidc = configuration.GetSection("Dashboard:Oidc");
        var authority = oidc["Authority"];
        var clientId = oidc["ClientId"];
        return new DashboardSettings(
            ServiceUrl(configuration, "metrics", "Dashboard:MetricsUrl"),
            ServiceUrl(configuration, "working-group", "Dashboard:WorkingGroupUrl"),
            string.IsNullOrWhiteSpace(authority) || string.IsNullOrWhiteSpace(clientId)
                ? null
                : new OidcSettings(authority.TrimEnd('/'), clientId, oidc["Scope"] is { Length: > 0 } scope ? scope : "openid profile"),
            // The issuer refuses to exist outside Development; the key is not even read elsewhere.
            environment.IsDevelopment() && configuration[Cooperation.BuildingBlocks.Security.Development.DevelopmentSigningKey.ConfigurationKey] is { Length: > 0 } key
                ? key
                : null);
    }

    private static string ServiceUrl(IConfiguration configuration, string service, string explicitKey) =>
        (configuration[explicitKey] is { Length: > 0 } configured ? configured : configuration[$"services:{service}:web:0"])?.TrimEnd('/')
        ?? throw new InvalidOperationException($"Where is {service}? Set {explicitKey}, or reference its web endpoint from the AppHost.");

    public DevelopmentTokenIssuer? DevelopmentIssuer(IHostEnvironment environment) =>
        DevelopmentSigningKey is null ? null : DevelopmentTokenIssuer.Create(environment.EnvironmentName, DevelopmentSigningKey);
}

/// <summary>An OpenID Connect provider the page signs in with (authorization code + PKCE, in the browser).</summary>
public sealed record OidcSettings(string Authority, string ClientId, string Scope);
