using Cooperation.BuildingBlocks.Domain;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Cooperation.BuildingBlocks.Security;

/// <summary>
/// Answers a refused gRPC call with a real gRPC status (a trailers-only response carrying
/// grpc-status) instead of a bare HTTP 401/403. A grpc-dotnet client would map those to
/// Unauthenticated/PermissionDenied itself, but other clients report them as transport errors,
/// and the bare response has no message saying what was wrong.
/// </summary>
internal sealed class GrpcAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(
        RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        // The default handler runs the scheme's challenge or forbid (which sets WWW-Authenticate).
        await _default.HandleAsync(next, context, policy, authorizeResult);
        if (authorizeResult.Succeeded || context.Response.HasStarted || !IsGrpc(context.Request))
        {
            return;
        }

        var (code, message) = context.Response.StatusCode switch
        {
            StatusCodes.Status401Unauthorized => (StatusCode.Unauthenticated, UnauthenticatedMessage(context)),
            StatusCodes.Status403Forbidden => (StatusCode.PermissionDenied, "The caller's roles do not allow this call."),
            _ => (StatusCode.OK, string.Empty),
        };
        if (code == StatusCode.OK)
        {
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = message;
    }

    /// <summary>The reason when a signed token named its caller badly (which claim); the generic line otherwise, never the token handler's own text.</summary>
    private static string UnauthenticatedMessage(HttpContext context) =>
        context.Items[BadCallerClaim.ItemKey] is UnauthenticatedException badClaim
            ? badClaim.Message
            : "The call needs a valid bearer token.";

    private static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
}
