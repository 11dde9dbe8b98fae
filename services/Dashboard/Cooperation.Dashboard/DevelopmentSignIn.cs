using Cooperation.BuildingBlocks.Security.Development;

namespace Cooperation.Dashboard;

/// <summary>
/// The persona picker of a local run: <c>GET /dev/personas</c> lists the development personas and
/// <c>POST /dev/token</c> (form field <c>persona</c>) mints a token for one with the AppHost's
/// development key. Mapped only in Development with a key configured; anywhere else the routes do
/// not exist, and a deployment's page signs in with the agency's OIDC provider instead.
/// </summary>
public static class DevelopmentSignIn
{
    /// <summary>A wall screen stays signed in for a working day.</summary>
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(12);

    public static WebApplication MapDevelopmentSignIn(this WebApplication app)
    {
        var issuer = app.Services.GetRequiredService<DashboardSettings>().DevelopmentIssuer(app.Environment);
        if (issuer is null)
        {
            return app;
        }

        app.MapGet("/dev/personas", () => Results.Json(DevelopmentPersonas.All
            .Where(p => p.Participant is not null)
            .Select(p => new { name = p.Name, description = p.Description, roles = p.Roles })));

        app.MapPost("/dev/token", (HttpRequest request) =>
        {
            var name = request.HasFormContentType ? request.Form["persona"].ToString() : string.Empty;
            var persona = DevelopmentPersonas.Find(name);
            if (persona is null || persona.Participant is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["persona"] = [$"'{name}' is not one of the development personas listed at /dev/personas."],
                });
            }

            return Results.Json(new { token = issuer.Mint(persona, TokenLifetime), persona = persona.Name, expiresInSeconds = (int)TokenLifetime.TotalSeconds });
        }).DisableAntiforgery();
        return app;
    }
}
