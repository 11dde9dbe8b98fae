using System.Data.Common;
using Cooperation.BuildingBlocks.Domain;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Cooperation.ServiceDefaults;

/// <summary>
/// Turns the domain's refusals into rich gRPC statuses (google.rpc.Status with details), so a
/// caller's mistake is never answered with Unknown or Internal, and nothing leaks a stack trace.
/// </summary>
public sealed partial class DomainExceptionInterceptor(ILogger<DomainExceptionInterceptor> logger) : Interceptor
{
    /// <summary>The google.rpc.ErrorInfo domain of refusals this suite raises.</summary>
    public const string ErrorDomain = "cooperation";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Translate(ex, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Translate(ex, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Translate(ex, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Translate(ex, context);
        }
    }

    private RpcException Translate(Exception exception, ServerCallContext context)
    {
        switch (exception)
        {
            case ValidationFailedException invalid:
                var badRequest = new BadRequest();
                badRequest.FieldViolations.AddRange(invalid.ListedViolations.Select(v =>
                    new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
                if (invalid.UnlistedCount > 0)
                {
                    // The count of the rest, so the caller knows the list is not the whole story.
                    badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation
                    {
                        Field = "",
                        Description = $"{invalid.UnlistedCount} more violations not listed",
                    });
                }

                return ToRpcException(Code.InvalidArgument, invalid.Message, Any.Pack(badRequest));

            case NotFoundException notFound:
                return ToRpcException(Code.NotFound, notFound.Message, Any.Pack(new ResourceInfo
                {
                    ResourceType = notFound.ResourceType,
                    ResourceName = notFound.ResourceId,
                    Description = notFound.Message,
                }));

            case RuleViolationException rule:
                var failure = new PreconditionFailure();
                failure.Violations.Add(new PreconditionFailure.Types.Violation
                {
                    Type = "RULE",
                    Subject = rule.Rule,
                    Description = rule.Message,
                });
                return ToRpcException(Code.FailedPrecondition, rule.Message, Any.Pack(failure));

            case ConflictException conflict:
                return ToRpcException(Code.AlreadyExists, conflict.Message, Any.Pack(new ResourceInfo
                {
                    ResourceType = conflict.ResourceType,
                    ResourceName = conflict.ResourceId,
                    Description = conflict.Message,
                }));

            case PermissionDeniedException denied:
                return ToRpcException(Code.PermissionDenied, denied.Message, Any.Pack(new ErrorInfo
                {
                    Reason = denied.Reason,
                    Domain = ErrorDomain,
                }));

            case UnauthenticatedException unauthenticated:
                return ToRpcException(Code.Unauthenticated, unauthenticated.Message, Any.Pack(new ErrorInfo
                {
                    Reason = "UNAUTHENTICATED",
                    Domain = ErrorDomain,
                }));

            // The token also fires when the call's deadline passes: the caller must learn which it was.
            // Whatever the work threw once its token fired (the driver may wrap the cancellation in
            // its own exception) was caused by the cancellation.
            case Exception when context.CancellationToken.IsCancellationRequested && DeadlineHasCome(context):
                return new RpcException(new Grpc.Core.Status(StatusCode.DeadlineExceeded, "The call's deadline passed before it completed."));

            case Exception when DatabaseUnavailable(exception) is { } unavailable:
                // The database went away (a restart, a failover, a dropped connection): nothing was
                // committed, and the same call can succeed once it is back, which is what Unavailable
                // tells a client (and the suite's client retries) to do.
                LogDatabaseUnavailable(logger, unavailable, context.Method);
                return new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "The service's database is unavailable; try again."));

            case Exception when context.CancellationToken.IsCancellationRequested:
                return new RpcException(new Grpc.Core.Status(StatusCode.Cancelled, "The call was cancelled."));

            default:
                LogUnhandled(logger, exception, context.Method);
                return new RpcException(new Grpc.Core.Status(StatusCode.Internal, "An internal error occurred."));
        }
    }

    /// <summary>
    /// Whether the call's deadline is what cancelled it. The caller's timer and the server's run
    /// apart by the time the request took to arrive: a caller that gives up at its deadline resets
    /// the call a moment before the server's own deadline comes, and that is still the deadline.
    /// </summary>
    private static bool DeadlineHasCome(ServerCallContext context) =>
        context.Deadline != DateTime.MaxValue && DateTime.UtcNow >= context.Deadline - DeadlineSkew;

    private static readonly TimeSpan DeadlineSkew = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The transient database failure behind <paramref name="exception"/>, if that is what it is:
    /// Npgsql marks broken connections, refused connections and a server shutting down as transient.
    /// </summary>
    private static DbException? DatabaseUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true } transient)
            {
                return transient;
            }
        }

        return null;
    }

    private static RpcException ToRpcException(Code code, string message, Any detail) =>
        new Google.Rpc.Status { Code = (int)code, Message = message, Details = { detail } }.ToRpcException();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database was unavailable during {Method}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, Exception exception, string method);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in {Method}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method);
}
