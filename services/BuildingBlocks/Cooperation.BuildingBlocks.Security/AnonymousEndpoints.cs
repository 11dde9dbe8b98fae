using Microsoft.AspNetCore.Http;

namespace Cooperation.BuildingBlocks.Security;

/// <summary>
/// What answers without a token: gRPC health and reflection and the HTTP probes. They reveal a
/// status word and the service's contract, nothing of its data, and platform probes carry no token.
/// </summary>
public static class AnonymousEndpoints
{
    public static IReadOnlyList<PathString> PathPrefixes { get; } =
    [
        "/grpc.health.v1.Health",
        "/grpc.reflection.v1.ServerReflection",
        "/grpc.reflection.v1alpha.ServerReflection",
        "/health",
        "/alive",
    ];

    public static bool Allows(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PathPrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.Ordinal));
    }
}
