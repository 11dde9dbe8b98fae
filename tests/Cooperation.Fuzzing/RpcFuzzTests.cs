using System.Diagnostics;
using Cooperation.Fuzzing.Generation;
using Cooperation.Fuzzing.Hosts;
using Cooperation.Fuzzing.Probes;
using Cooperation.Fuzzing.Rpcs;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace Cooperation.Fuzzing;

/// <summary>
/// Sends every RPC a service serves a fixed number of generated requests, as a co-chair, as an
/// ordinary member and without a token, and checks the service's answers to bad input: never
/// Unknown or Internal, no call that failed leaves a row behind, an oversize request is refused
/// with ResourceExhausted, and the service still answers health at the end.
/// </summary>
public abstract class RpcFuzzTests<TFactory>(TFactory host, ITestOutputHelper output) : IClassFixture<TFactory>
    where TFactory : class, IFuzzedHost
{
    private const string CoChair = "uk-co-chair";
    private const string Member = "uk-member";
    private const int FindingsShown = 200;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Bad_input_gets_a_callers_status_and_leaves_nothing_half_written()
    {
        var clock = Stopwatch.StartNew();
        var rpcs = await ServedRpcs.OfAsync(host.AnonymousChannel, StartTimeout);
        var only = Environment.GetEnvironmentVariable("COOPERATION_FUZZ_RPC");
        if (!string.IsNullOrWhiteSpace(only))
        {
            rpcs = rpcs.Where(r => r.FullName.Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        var knownIds = new KnownIds();
        var seeded = await host.SeedAsync();
        foreach (var answer in seeded)
        {
            knownIds.Harvest(answer);
        }

        var counts = new TableCounts(host.ConnectionString);
        var before = await counts.TakeAsync();
        var statuses = new SortedDictionary<StatusCode, int>();
        var findings = new List<string>();
        var calls = 0;
        var channels = new (string Name, GrpcChannel Channel)[]
        {
            (CoChair, host.ChannelFor(CoChair)), (Member, host.ChannelFor(Member)), ("no token", host.AnonymousChannel),
        };

        foreach (var rpc in rpcs)
        {
            var fuzzer = new MessageFuzzer(new Random(FuzzSettings.SeedFor(rpc.FullName)), knownIds);
            var cases = fuzzer.CasesFor(rpc.InputType, FuzzSettings.Mutations, FuzzSettings.RandomMessages, FuzzSettings.RandomPayloads);
            foreach (var fuzzCase in cases)
            {
                foreach (var (persona, channel) in ChannelsFor(fuzzCase, channels))
                {
                    var (status, response) = await RawCall.SendAsync(channel, rpc, fuzzCase.Payload, DeadlineOf(rpc));
                    if (response is not null)
                    {
                        knownIds.Harvest(rpc.OutputType.Parser.ParseFrom(response));
                    }

                    calls++;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    var where = $"{rpc.FullName} as {persona}, case {fuzzCase}";
                    if (status is StatusCode.Unknown or StatusCode.Internal)
                    {
                        findings.Add($"{where}: {status}");
                    }
                    else if (status is StatusCode.DeadlineExceeded && !rpc.IsServerStreaming)
                    {
                        findings.Add($"{where}: no answer within {FuzzSettings.UnaryDeadline.TotalSeconds} s");
                    }

                    var after = await counts.TakeAsync();
                    if (status is not StatusCode.OK && TableCounts.Grown(before, after) is { Count: > 0 } grown)
                    {
                        findings.Add($"{where}: {status} but rows were written: {string.Join(", ", grown)}");
                    }

                    before = after;
                }
            }
        }

        var oversize = rpcs.FirstOrDefault(r => !r.IsServerStreaming);
        if (oversize is not null)
        {
            var (status, _) = await RawCall.SendAsync(host.ChannelFor(CoChair), oversize, OversizePayload(oversize.InputType), FuzzSettings.UnaryDeadline);
            if (status is not StatusCode.ResourceExhausted)
            {
                findings.Add($"{oversize.FullName}: a request over {GrpcServiceDefaults.MaxMessageBytes} bytes answered {status}, not ResourceExhausted");
            }
        }

        var health = await new Health.HealthClient(host.AnonymousChannel)
            .CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.Add(FuzzSettings.UnaryDeadline));

        output.WriteLine($"Fuzzed {host.ServiceName} with seed {FuzzSettings.Seed} (COOPERATION_FUZZ_SEED={FuzzSettings.Seed} replays it) in {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"  methods: {rpcs.Count} ({rpcs.Count(r => r.IsServerStreaming)} server streaming), calls: {calls}, seeded records: {seeded.Count}, ids learnt from answers: {knownIds.Count}");
        output.WriteLine($"  statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}={s.Value}"))}");
        output.WriteLine($"  oversize request to {oversize?.FullName ?? "(no unary RPC)"}; health afterwards: {health.Status}");
        output.WriteLine($"  findings: {findings.Count}");
        foreach (var finding in findings.Take(FindingsShown))
        {
            output.WriteLine($"    {finding}");
        }

        Assert.True(findings.Count == 0, $"{findings.Count} findings with seed {FuzzSettings.Seed}; the first: {findings.FirstOrDefault()}");
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    /// <summary>Every case as a co-chair; every third also as an ordinary member; the plausible one also without a token.</summary>
    private static IEnumerable<(string, GrpcChannel)> ChannelsFor(FuzzCase fuzzCase, (string, GrpcChannel)[] channels)
    {
        yield return channels[0];
        if (fuzzCase.Index % 3 == 0)
        {
            yield return channels[1];
        }

        if (fuzzCase.Index == 1)
        {
            yield return channels[2];
        }
    }

    private static TimeSpan DeadlineOf(MethodDescriptor rpc) =>
        rpc.IsServerStreaming ? FuzzSettings.StreamDeadline : FuzzSettings.UnaryDeadline;

    /// <summary>A well-formed request just over the limit: its first text field holds the bulk, or unknown bytes when it has none.</summary>
    private static byte[] OversizePayload(MessageDescriptor input)
    {
        var size = GrpcServiceDefaults.MaxMessageBytes + 1024;
        var message = input.Parser.ParseFrom(ByteString.Empty);
        var text = input.Fields.InDeclarationOrder().FirstOrDefault(f => f.FieldType == FieldType.String && !f.IsRepeated);
        if (text is null)
        {
            var unknownField = new byte[size];
            return unknownField;
        }

        text.Accessor.SetValue(message, new string('x', size));
        return message.ToByteArray();
    }
}
