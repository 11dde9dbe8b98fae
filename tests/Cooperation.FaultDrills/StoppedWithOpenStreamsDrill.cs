using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Cooperation.FaultDrills.Infrastructure;
using Cooperation.Testing;
using Google.Protobuf;
using Grpc.Core;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.FaultDrills;

/// <summary>
/// Metrics, run as its own process, is stopped the way the orchestrator stops it (SIGTERM) while it
/// holds an indicator stream of each kind: gRPC over h2c, and gRPC-Web over HTTP/1.1 on its web
/// port, as the dashboard's page holds it. It must exit by itself, promptly, and each client must
/// see its stream end cleanly (status OK after whole messages), not a connection reset.
/// </summary>
[Collection(DrillsDefinition.Name)]
public sealed class StoppedWithOpenStreamsDrill(DrillInfrastructure infrastructure, ITestOutputHelper output)
{
    private const string WatchPath = "/cooperation.metrics.v1.IndicatorStreamService/WatchIndicators";

    // Aspire's orchestrator waits about 12 s for a stopped process ("timed out waiting for process
    // to stop"), and the AppHost polls about 15 s (10 retries, exponential from 200 ms, capped at
    // 3 s) before it fails the stop or restart; a service must exit well within that on a loaded
    // machine. The bound leaves room for a loaded CI runner, not for a stall.
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan StreamTimeout = TimeSpan.FromSeconds(30);

    // Under the AppHost's tests there is no dashboard, yet every service is still given a
    // collector (the launch profile's dashboard address) where nothing listens, in Development:
    // its last telemetry is flushed at the stop.
    [Theory(Timeout = 180_000)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Metrics_exits_by_itself_after_SIGTERM_and_both_streams_end_with_OK(bool absentCollector)
    {
        var settings = await DrillServices.MetricsSettingsAsync(infrastructure);
        if (absentCollector)
        {
            settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{ClosedPort()}";
            settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc";
            settings["ASPNETCORE_ENVIRONMENT"] = "Development";
            settings["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
            settings["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
            settings["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
        }

        await using var metrics = new ServiceProcess(DrillServices.MetricsProject, settings, withWebPort: true);
        await metrics.StartAsync();

        using var open = new CancellationTokenSource(StreamTimeout * 4);
        var h2c = new V1.IndicatorStreamService.IndicatorStreamServiceClient(metrics.ChannelFor("uk-co-chair"))
            .WatchIndicators(new V1.WatchIndicatorsRequest(), cancellationToken: open.Token);
        using var web = new HttpClient { DefaultRequestVersion = HttpVersion.Version11, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using var webStream = await GrpcWebStream.OpenAsync(web, new Uri($"http://127.0.0.1:{metrics.WebPort}{WatchPath}"),
            metrics.TokenFor("uk-co-chair"), new V1.WatchIndicatorsRequest(), open.Token);

        // Both streams are open once each has its snapshot.
        Assert.True(await h2c.ResponseStream.MoveNext(open.Token).WaitAsync(StreamTimeout));
        Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Snapshot, h2c.ResponseStream.Current.EventCase);
        var first = await webStream.NextMessageAsync().WaitAsync(StreamTimeout);
        Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Snapshot, V1.WatchIndicatorsResponse.Parser.ParseFrom(first).EventCase);

        var h2cEnd = ReadToEndAsync(h2c.ResponseStream, open.Token);
        var webEnd = webStream.ReadToEndAsync();
        var exitedAfter = await metrics.TerminateAsync(ExitBound);
        output.WriteLine($"metrics exited {exitedAfter.TotalSeconds:F2} s after SIGTERM, holding an h2c and a gRPC-Web stream"
            + (absentCollector ? ", with a collector configured where nothing listens" : ", exporting no telemetry"));

        Assert.Equal(StatusCode.OK, await h2cEnd.WaitAsync(StreamTimeout));
        Assert.Equal("0", await webEnd.WaitAsync(StreamTimeout));
    }

    /// <summary>A port nothing listens on: taken from the system, then let go.</summary>
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Reads messages until the stream ends and answers its status: OK when it ended cleanly.</summary>
    private static async Task<StatusCode> ReadToEndAsync(IAsyncStreamReader<V1.WatchIndicatorsResponse> stream, CancellationToken cancellationToken)
    {
        try
        {
            while (await stream.MoveNext(cancellationToken))
            {
                // Heartbeats and changes until the server ends the stream.
            }

            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }

    /// <summary>
    /// A gRPC-Web (binary) server stream over HTTP/1.1, read frame by frame as a browser's client
    /// reads it: data frames (flag 0x00) carry messages, the trailers frame (flag 0x80) ends the
    /// call with its status. A stream cut mid-frame or before the trailers is not a clean end.
    /// </summary>
    private sealed class GrpcWebStream(HttpResponseMessage response, Stream body) : IDisposable
    {
        public static async Task<GrpcWebStream> OpenAsync(HttpClient client, Uri address, string token, IMessage request, CancellationToken cancellationToken)
        {
            var payload = request.ToByteArray();
            var framed = new byte[5 + payload.Length];
            BinaryPrimitives.WriteInt32BigEndian(framed.AsSpan(1), payload.Length);
            payload.CopyTo(framed, 5);
            var message = new HttpRequestMessage(HttpMethod.Post, address) { Content = new ByteArrayContent(framed) };
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc-web+proto");
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            message.Headers.Add("X-Grpc-Web", "1");
            var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            return new GrpcWebStream(response, await response.Content.ReadAsStreamAsync(cancellationToken));
        }

        /// <summary>The next message's bytes; throws at the trailers or the end of the body.</summary>
        public async Task<byte[]> NextMessageAsync()
        {
            var (flag, frame) = await NextFrameAsync() ?? throw new InvalidOperationException("The gRPC-Web stream ended before a message.");
            return flag == 0 ? frame : throw new InvalidOperationException($"Trailers before a message: {Encoding.ASCII.GetString(frame)}");
        }

        /// <summary>Reads to the trailers and answers their grpc-status; throws when the body ends without them.</summary>
        public async Task<string> ReadToEndAsync()
        {
            while (await NextFrameAsync() is var (flag, frame))
            {
                if ((flag & 0x80) != 0)
                {
                    var status = Encoding.ASCII.GetString(frame).Split("\r\n")
                        .Select(line => line.Split(':', 2))
                        .FirstOrDefault(parts => parts.Length == 2 && parts[0].Trim().Equals("grpc-status", StringComparison.OrdinalIgnoreCase));
                    return status?[1].Trim() ?? throw new InvalidOperationException("Trailers without grpc-status.");
                }
            }

            throw new InvalidOperationException("The gRPC-Web stream ended without its trailers: not a clean end.");
        }

        private async Task<(byte Flag, byte[] Frame)?> NextFrameAsync()
        {
            var header = new byte[5];
            var read = await body.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false);
            if (read == 0)
            {
                return null;
            }

            if (read < header.Length)
            {
                throw new InvalidOperationException("The gRPC-Web stream was cut inside a frame header.");
            }

            var frame = new byte[BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(1))];
            await body.ReadExactlyAsync(frame);   // EndOfStreamException: cut inside a message
            return (header[0], frame);
        }

        public void Dispose()
        {
            body.Dispose();
            response.Dispose();
        }
    }
}
