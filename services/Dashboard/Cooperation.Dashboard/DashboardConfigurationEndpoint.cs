namespace Cooperation.Dashboard;

/// <summary>
/// <c>GET /config.json</c>: the page learns from its own server where the services are and how to
/// sign in, so the bundle is the same file in every environment.
/// </summary>
public static class DashboardConfigurationEndpoint
{
    public static WebApplication MapDashboardConfiguration(this WebApplication app)
    {
        app.MapGet("/config.json", (DashboardSettings settings) => Results.Json(new
        {
            metricsUrl = settings.MetricsUrl,
            workingGroupUrl = settings.WorkingGroupUrl,
            developmentSignIn = settings.DevelopmentSigningKey is not null,
            oidc = settings.Oidc is { } oidc ? new { authority = oidc.Authority, clientId = oidc.ClientId, scope = oidc.Scope } : null,
        }));
        return app;
    }
}
