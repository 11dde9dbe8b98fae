using Grpc.Core;

namespace Cooperation.BuildingBlocks.Security;

public static class CallerExtensions
{
    /// <summary>The caller of this gRPC call. Throws <see cref="Domain.UnauthenticatedException"/> when there is none.</summary>
    public static Caller GetCaller(this ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Caller.FromPrincipal(context.GetHttpContext().User);
    }
}
