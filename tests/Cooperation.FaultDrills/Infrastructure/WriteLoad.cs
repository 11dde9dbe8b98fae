using System.Collections.Concurrent;
using Cooperation.BuildingBlocks.Security.Development;
using Grpc.Core;
using Grpc.Net.Client;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.FaultDrills.Infrastructure;

/// <summary>
/// Proposes projects through the working group's gRPC API, a fixed number in flight, and counts
/// every answer by status: a drill asserts that a fault shows as nothing but OK or Unavailable.
/// </summary>
public sealed class WriteLoad(GrpcChannel channel)
{
    private readonly ConcurrentDictionary<StatusCode, int> _answers = new();
    private int _sent;

    public int Sent => Volatile.Read(ref _sent);

    public int Ok => _answers.GetValueOrDefault(StatusCode.OK);

    public IReadOnlyDictionary<StatusCode, int> Answers => _answers;

    /// <summary>Makes <paramref name="count"/> proposals, <paramref name="inFlight"/> at a time; stops early when <paramref name="stop"/> fires.</summary>
    public async Task RunAsync(int count, int inFlight, CancellationToken stop = default)
    {
        var client = new V1.ProjectsService.ProjectsServiceClient(channel);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
        {
            while (!stop.IsCancellationRequested && Interlocked.Increment(ref next) < count)
            {
                Interlocked.Increment(ref _sent);
                try
                {
                    await client.ProposeProjectAsync(Request(next), deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: CancellationToken.None);
                    _answers.AddOrUpdate(StatusCode.OK, 1, (_, n) => n + 1);
                }
                catch (RpcException e)
                {
                    _answers.AddOrUpdate(e.StatusCode, 1, (_, n) => n + 1);
                }
            }
        }));
    }

    /// <summary>Answers by status, e.g. <c>OK:1990 Unavailable:10</c>.</summary>
    public string Describe() => string.Join(' ', _answers.OrderBy(a => a.Key).Select(a => $"{a.Key}:{a.Value}"));

    private static V1.ProposeProjectRequest Request(int n) => new()
    {
        Title = $"Drill project {n}",
        Summary = "Made by a fault drill",
        Workstream = V1.ProjectWorkstream.Training,
        LeadAgencyIds = { DevelopmentPersonas.UkHomeOffice.ToString() },
    };
}
