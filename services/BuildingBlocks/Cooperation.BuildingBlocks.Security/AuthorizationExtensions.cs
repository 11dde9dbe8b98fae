using Cooperation.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class AuthorizationExtensions
{
    /// <summary>
    /// Registers every policy of <see cref="CooperationPolicies"/>. Secure by default: an endpoint
    /// that names no policy still needs an identified caller (the fallback policy), except the
    /// <see cref="AnonymousEndpoints"/>. Refusals on gRPC endpoints come out as gRPC
    /// Unauthenticated or PermissionDenied statuses.
    /// </summary>
    public static IHostApplicationBuilder AddCooperationAuthorization(
        this IHostApplicationBuilder builder, Action<AuthorizationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var authorization = builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireIdentifiedCaller().Build())
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAssertion(context =>
                    (context.Resource is HttpContext http && AnonymousEndpoints.Allows(http))
                    || (context.User.Identity?.IsAuthenticated == true && context.User.HasClaim(c => c.Type == CooperationClaimTypes.Subject)))
                .Build())
            .AddPolicy(CooperationPolicies.Authenticated, policy => policy.RequireIdentifiedCaller());

        foreach (var (name, roles) in CooperationPolicies.RolesByPolicy)
        {
            authorization.AddPolicy(name, policy => policy.RequireIdentifiedCaller().RequireClaim(CooperationClaimTypes.Role, roles));
        }

        configure?.Invoke(authorization);
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, GrpcAuthorizationResultHandler>();
        return builder;
    }
}
