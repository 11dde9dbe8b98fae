using System.Collections;
using Cooperation.BuildingBlocks.Domain;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Cooperation.ServiceDefaults;

/// <summary>
/// Refuses, before any handler runs, a request with text PostgreSQL cannot store: the NUL character
/// (U+0000) is valid in protobuf and in C# strings but not in a PostgreSQL text value, so without
/// this a handler's insert would fail inside the database and the caller would get Internal for
/// its own mistake. Every offending field is named, the way the handlers' validation names them.
/// </summary>
public sealed class UnstorableTextInterceptor : Interceptor
{
    public const string Description = "must not contain the NUL character (U+0000)";

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        Check(request);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        Check(request);
        return continuation(request, responseStream, context);
    }

    /// <summary>Throws <see cref="ValidationFailedException"/> naming every text field of <paramref name="request"/> that holds a NUL.</summary>
    public static void Check(object? request)
    {
        if (request is not IMessage message)
        {
            return;
        }

        var violations = new List<FieldViolation>();
        Walk(message, "", violations);
        if (violations.Count > 0)
        {
            throw new ValidationFailedException(violations);
        }
    }

    private static void Walk(IMessage message, string prefix, List<FieldViolation> violations)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            if (field.FieldType is not (FieldType.String or FieldType.Message) || field.IsMap)
            {
                continue;
            }

            var value = field.Accessor.GetValue(message);
            var path = prefix + field.Name;
            if (field.IsRepeated)
            {
                var index = 0;
                foreach (var element in (IList)value)
                {
                    Inspect(element, $"{path}[{index++}]", violations);
                }
            }
            else
            {
                Inspect(value, path, violations);
            }
        }
    }

    private static void Inspect(object? value, string path, List<FieldViolation> violations)
    {
        switch (value)
        {
            case string text when text.Contains('\0', StringComparison.Ordinal):
                violations.Add(new FieldViolation(path, Description));
                break;
            case IMessage child:
                Walk(child, path + ".", violations);
                break;
        }
    }
}
