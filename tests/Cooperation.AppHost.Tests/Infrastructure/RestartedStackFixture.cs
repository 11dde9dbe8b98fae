using System.Net;
using System.Net.Sockets;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Contracts.Type.V1;
using Cooperation.Contracts.WorkingGroup.V1;
using Grpc.Core;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Cooperation.AppHost.Tests.Infrastructure;

/// <summary>
/// Three starts of the stack on one data directory and fixed ports, as three local runs: the first
/// writes an agency through the working-group API and leaves a message in a broker queue; the
/// second, after a stop, reads both back; the third starts with <c>LocalData:Reset=true</c>. The
/// tests assert on what each run saw.
/// </summary>
public sealed class RestartedStackFixture : IAsyncLifetime
{
    public const string Queue = "apphost-tests.kept-across-restarts";
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    private readonly string dataDirectory = TemporaryDirectory.Create();

    public Agency? Written { get; private set; }

    public Agency? ReadAfterRestart { get; private set; }

    public StatusCode ReadAfterReset { get; private set; }

    public uint? WaitingAfterRestart { get; private set; }

    public uint? WaitingAfterReset { get; private set; }

    public async Task InitializeAsync()
    {
        // Fixed for all three runs: the broker's node, and so its data, are named after its port.
        var options = new StackOptions(dataDirectory, FreePort(), FreePort(), DevelopmentSigningKey.Generate());

        await using (var first = await StackRun.StartAsync(options))
        {
            Written = await CreateAgencyAsync(first);
            await LeaveMessageAsync(await first.ConnectionStringAsync("messaging"));
        }

        await using (var second = await StackRun.StartAsync(options))
        {
            ReadAfterRestart = await GetAgencyAsync(second, Written.Id);
            WaitingAfterRestart = await WaitingMessagesAsync(await second.ConnectionStringAsync("messaging"));
        }

        await using var third = await StackRun.StartAsync(options with { Reset = true });
        var afterReset = await Assert.ThrowsAsync<RpcException>(() => GetAgencyAsync(third, Written.Id));
        ReadAfterReset = afterReset.StatusCode;
        WaitingAfterReset = await WaitingMessagesAsync(await third.ConnectionStringAsync("messaging"));
    }

    public Task DisposeAsync()
    {
        TemporaryDirectory.Delete(dataDirectory);
        return Task.CompletedTask;
    }

    private static async Task<Agency> CreateAgencyAsync(StackRun stack)
    {
        using var channel = stack.ChannelTo("working-group", "uk-co-chair");
        var reply = await new AgenciesService.AgenciesServiceClient(channel).CreateAgencyAsync(new CreateAgencyRequest
        {
            Participant = Participant.Uk,
            NameEn = $"Restart check {Guid.NewGuid():N}",
            NameBg = "Проверка при рестарт",
            Kind = AgencyKind.Police,
        }, deadline: DateTime.UtcNow.Add(CallTimeout));
        return reply.Agency;
    }

    private static async Task<Agency> GetAgencyAsync(StackRun stack, string id)
    {
        using var channel = stack.ChannelTo("working-group", "uk-co-chair");
        var reply = await new AgenciesService.AgenciesServiceClient(channel)
            .GetAgencyAsync(new GetAgencyRequest { AgencyId = id }, deadline: DateTime.UtcNow.Add(CallTimeout));
        return reply.Agency;
    }

    /// <summary>A persistent message in a durable queue nobody consumes, confirmed once the broker has it on disk.</summary>
    private static async Task LeaveMessageAsync(string connectionString)
    {
        using var timeout = new CancellationTokenSource(CallTimeout);
        await using var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync(timeout.Token);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), timeout.Token);
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: timeout.Token);
        await channel.BasicPublishAsync("", Queue, mandatory: true,
            new BasicProperties { Persistent = true }, "left in the queue"u8.ToArray(), timeout.Token);
    }

    private static async Task<uint?> WaitingMessagesAsync(string connectionString)
    {
        using var timeout = new CancellationTokenSource(CallTimeout);
        await using var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync(timeout.Token);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: timeout.Token);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(Queue, timeout.Token)).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return null; // no such queue
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
