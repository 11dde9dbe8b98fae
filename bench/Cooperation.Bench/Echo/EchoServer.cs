using Cooperation.Bench.Echo.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cooperation.Bench.Echo;

/// <summary>
/// The gRPC baseline: bare Grpc.AspNetCore with the services' Kestrel settings (HTTP/2 only on
/// plain TCP, the same message size limits and log levels) and no interceptors, authentication,
/// validation, telemetry or database. Run as <c>serve-echo --urls …</c> in a process of its own.
/// </summary>
internal static class EchoServer
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGrpc(options =>
        {
            options.MaxReceiveMessageSize = MaxMessageBytes;
            options.MaxSendMessageSize = MaxMessageBytes;
        });
        var app = builder.Build();
        app.MapGrpcService<EchoGrpcService>();
        await app.RunAsync();
        return 0;
    }

    private sealed class EchoGrpcService : EchoService.EchoServiceBase
    {
        public override Task<EchoReply> Echo(EchoRequest request, ServerCallContext context) =>
            Task.FromResult(new EchoReply { Payload = request.Payload });
    }
}
