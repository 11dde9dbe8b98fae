using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Microsoft.Extensions.Hosting;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Bearer-token authentication from the <c>Authentication</c> configuration section (see
    /// <see cref="CooperationAuthenticationSettings"/>). Claims keep the names the token gives them.
    /// </summary>
    public static IHostApplicationBuilder AddCooperationAuthentication(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = CooperationAuthenticationSettings.Read(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(settings);
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options => Configure(options, settings));
        return builder;
    }

    private static void Configure(JwtBearerOptions options, CooperationAuthenticationSettings settings)
    {
        // Keep "sub", "role", "agency_id" as issued instead of mapping them to XML-schema URIs.
        options.MapInboundClaims = false;
        // Callers send one token for many calls: its signature is checked once and the valid
        // result kept until the token expires (bounded, see CachedTokenHandler).
        options.TokenHandlers.Clear();
        options.TokenHandlers.Add(new CachedTokenHandler(new JsonWebTokenHandler { MapInboundClaims = false }, TimeProvider.System));
        options.Audience = settings.Audience;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = settings.Issuer,
            ValidateAudience = true,
            ValidAudience = settings.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(1),
            NameClaimType = CooperationClaimTypes.Subject,
            RoleClaimType = CooperationClaimTypes.Role,
        };

        // A signed token must also name its caller properly, on every call, reads included: a
        // missing subject, a participant other than BG or UK, or an agency id that is not a UUID
        // fails authentication itself, and the refusal names the claim (GrpcAuthorizationResultHandler).
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                try
                {
                    _ = Caller.FromPrincipal(context.Principal!);
                }
                catch (UnauthenticatedException badClaim)
                {
                    context.HttpContext.Items[BadCallerClaim.ItemKey] = badClaim;
                    context.Fail(badClaim);
                }

                return Task.CompletedTask;
            },
        };

        if (settings.UsesAuthority)
        {
            // Issuer and keys come from the authority's discovery document.
            options.Authority = settings.Authority;
            return;
        }

        options.TokenValidationParameters.ValidateIssuerSigningKey = true;
        options.TokenValidationParameters.IssuerSigningKeys = settings.SigningKeys;
        options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
    }
}
