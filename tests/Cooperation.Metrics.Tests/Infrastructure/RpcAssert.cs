using Google.Rpc;
using Grpc.Core;

namespace Cooperation.Metrics.Tests.Infrastructure;

/// <summary>Assertions on the rich gRPC statuses the service answers with.</summary>
public static class RpcAssert
{
    public static async Task<RpcException> ThrowsAsync(StatusCode expected, Func<Task> call)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(expected, ex.StatusCode);
        return ex;
    }

    /// <summary>The call is refused as InvalidArgument with a BadRequest naming <paramref name="field"/>.</summary>
    public static async Task InvalidArgumentAsync(string field, Func<Task> call)
    {
        var ex = await ThrowsAsync(StatusCode.InvalidArgument, call);
        var badRequest = ex.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Contains(badRequest.FieldViolations, v => v.Field == field);
    }

    /// <summary>The call is refused as FailedPrecondition naming the broken <paramref name="rule"/>.</summary>
    public static async Task FailedPreconditionAsync(string rule, Func<Task> call)
    {
        var ex = await ThrowsAsync(StatusCode.FailedPrecondition, call);
        var failure = ex.GetRpcStatus()?.GetDetail<PreconditionFailure>();
        Assert.NotNull(failure);
        Assert.Contains(failure.Violations, v => v.Subject == rule);
    }
}
