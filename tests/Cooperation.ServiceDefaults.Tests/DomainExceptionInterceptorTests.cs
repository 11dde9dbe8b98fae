using Cooperation.BuildingBlocks.Domain;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cooperation.ServiceDefaults.Tests;

public sealed class DomainExceptionInterceptorTests
{
    private readonly DomainExceptionInterceptor _interceptor = new(NullLogger<DomainExceptionInterceptor>.Instance);

    private Task<string> Call(Exception thrown, CancellationToken token = default) =>
        _interceptor.UnaryServerHandler<string, string>("request", new FakeServerCallContext(token), (_, _) => throw thrown);

    [Fact]
    public async Task A_validation_failure_is_InvalidArgument_with_every_field_named()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(new ValidationFailedException(
            [new FieldViolation("title", "is required"), new FieldViolation("held_on", "must be a date")])));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var badRequest = ex.GetRpcStatus()!.GetDetail<BadRequest>()!;
        Assert.Equal(["title", "held_on"], badRequest.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task A_thousand_violations_are_listed_up_to_the_cap_and_the_rest_counted()
    {
        var violations = Enumerable.Range(0, 1000)
            .Select(i => new FieldViolation($"officials[{i}]", new string('x', 5000)))
            .ToList();

        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(new ValidationFailedException(violations)));

        var listed = ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations;
        Assert.Equal(ValidationFailedException.MaxListedViolations + 1, listed.Count);
        Assert.Equal("officials[0]", listed[0].Field);
        Assert.All(listed, v => Assert.True(v.Description.Length <= ValidationFailedException.MaxTextLength));
        Assert.Equal("950 more violations not listed", listed[^1].Description);
        Assert.EndsWith("and 995 more", ex.Status.Detail, StringComparison.Ordinal);
        Assert.True(ex.Status.Detail.Length < 2_000, $"The message is {ex.Status.Detail.Length} characters.");
    }

    [Fact]
    public async Task A_missing_resource_is_NotFound_naming_it()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(new NotFoundException("Meeting", "42")));

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        var resource = ex.GetRpcStatus()!.GetDetail<ResourceInfo>()!;
        Assert.Equal(("Meeting", "42"), (resource.ResourceType, resource.ResourceName));
    }

    [Fact]
    public async Task A_broken_rule_is_FailedPrecondition_naming_the_rule()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            Call(new RuleViolationException("one-co-chair-per-participant", "UK already has a co-chair.")));

        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        var failure = ex.GetRpcStatus()!.GetDetail<PreconditionFailure>()!;
        Assert.Equal("one-co-chair-per-participant", Assert.Single(failure.Violations).Subject);
    }

    [Fact]
    public async Task A_duplicate_is_AlreadyExists()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(new ConflictException("WorkingGroup", "1", "Already established.")));

        Assert.Equal(StatusCode.AlreadyExists, ex.StatusCode);
    }

    [Fact]
    public async Task An_unexpected_failure_is_Internal_without_its_details()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(new InvalidOperationException("connection string secret=1")));

        Assert.Equal(StatusCode.Internal, ex.StatusCode);
        Assert.DoesNotContain("secret", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lost_database_connection_is_Unavailable_so_the_caller_may_retry()
    {
        var lost = new InvalidOperationException("The unit of work could not commit.", new DatabaseFailure(transient: true));

        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(lost));

        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
    }

    [Fact]
    public async Task A_database_error_that_retrying_cannot_cure_stays_Internal()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(new DatabaseFailure(transient: false)));

        Assert.Equal(StatusCode.Internal, ex.StatusCode);
    }

    [Fact]
    public async Task A_call_whose_deadline_passed_is_DeadlineExceeded_not_Cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var context = new FakeServerCallContext(cancelled.Token) { DeadlineAt = DateTime.UtcNow.AddSeconds(-1) };

        var ex = await Assert.ThrowsAsync<RpcException>(() => _interceptor.UnaryServerHandler<string, string>(
            "request", context, (_, _) => throw new OperationCanceledException()));

        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
    }

    [Theory]
    [InlineData(0.1, StatusCode.DeadlineExceeded)]
    [InlineData(10, StatusCode.Cancelled)]
    public async Task A_call_reset_just_before_its_deadline_is_the_deadline_one_reset_long_before_is_cancelled(double secondsBeforeDeadline, StatusCode expected)
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var context = new FakeServerCallContext(cancelled.Token) { DeadlineAt = DateTime.UtcNow.AddSeconds(secondsBeforeDeadline) };

        var ex = await Assert.ThrowsAsync<RpcException>(() => _interceptor.UnaryServerHandler<string, string>(
            "request", context, (_, _) => throw new OperationCanceledException()));

        Assert.Equal(expected, ex.StatusCode);
    }

    [Fact]
    public async Task A_driver_error_thrown_once_the_deadline_passed_is_DeadlineExceeded()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var context = new FakeServerCallContext(cancelled.Token) { DeadlineAt = DateTime.UtcNow.AddSeconds(-1) };

        var ex = await Assert.ThrowsAsync<RpcException>(() => _interceptor.UnaryServerHandler<string, string>(
            "request", context, (_, _) => throw new DatabaseFailure(transient: true)));

        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
    }

    [Fact]
    public async Task A_call_the_client_cancelled_is_Cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(new OperationCanceledException(), cancelled.Token));

        Assert.Equal(StatusCode.Cancelled, ex.StatusCode);
    }

    [Fact]
    public async Task A_caller_without_permission_is_PermissionDenied_with_the_reason()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            Call(new PermissionDeniedException("OTHER_AGENCY_RECORD", "Callers of one agency cannot change another's records.")));

        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);
        var info = ex.GetRpcStatus()!.GetDetail<ErrorInfo>()!;
        Assert.Equal(("OTHER_AGENCY_RECORD", DomainExceptionInterceptor.ErrorDomain), (info.Reason, info.Domain));
    }

    [Fact]
    public async Task A_call_without_a_usable_identity_is_Unauthenticated()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Call(new UnauthenticatedException("The token names no subject.")));

        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
        Assert.Equal("The token names no subject.", ex.Status.Detail);
    }
}

/// <summary>A provider's database exception (Npgsql's derive from DbException the same way).</summary>
internal sealed class DatabaseFailure(bool transient) : System.Data.Common.DbException("database failure")
{
    public override bool IsTransient => transient;
}
