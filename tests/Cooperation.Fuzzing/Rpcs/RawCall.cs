using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;

namespace Cooperation.Fuzzing.Rpcs;

/// <summary>
/// Calls an RPC with a payload of raw bytes, so a case can be any bytes at all (a mutated message
/// or none that parses), and answers the status the call ended with and a unary call's response.
/// </summary>
public static class RawCall
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static async Task<(StatusCode Status, byte[]? Response)> SendAsync(GrpcChannel channel, MethodDescriptor rpc, byte[] payload, TimeSpan deadline)
    {
        var invoker = channel.CreateCallInvoker();
        var options = new CallOptions(deadline: DateTime.UtcNow.Add(deadline));
        try
        {
            if (rpc.IsServerStreaming)
            {
                var method = new Method<byte[], byte[]>(MethodType.ServerStreaming, rpc.Service.FullName, rpc.Name, Bytes, Bytes);
                using var stream = invoker.AsyncServerStreamingCall(method, null, options, payload);
                // Read until the server ends the stream or the deadline ends the call.
                while (await stream.ResponseStream.MoveNext(CancellationToken.None))
                {
                }

                return (StatusCode.OK, null);
            }

            var unary = new Method<byte[], byte[]>(MethodType.Unary, rpc.Service.FullName, rpc.Name, Bytes, Bytes);
            return (StatusCode.OK, await invoker.AsyncUnaryCall(unary, null, options, payload));
        }
        catch (RpcException ex)
        {
            return (ex.StatusCode, null);
        }
    }
}
