using System.Net;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Cooperation.AppHost.Tests.Infrastructure;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Contracts.WorkingGroup.V1;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Date = Google.Type.Date;
using Metrics = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.AppHost.Tests;

/// <summary>
/// The stack with <c>Stack:Replicas=2</c>, started once for this one test (it cannot share the
/// one-replica stack): every service answers gRPC health through its proxied port, each replica
/// serves HTTP/1.1 on a web port of its own, and a write in the working group moves the metrics
/// once although two metrics replicas consume.
/// </summary>
[Collection(OwnStackDefinition.Name)]
public sealed class TwoReplicaStackTests
{
    private static readonly string[] Services = ["working-group", "training", "capacity-building", "metrics"];
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ReplicasTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Two_replicas_of_every_service_answer_and_a_write_reaches_the_metrics_once()
    {
        var dataDirectory = TemporaryDirectory.Create();
        try
        {
            await using var stack = await StackRun.StartAsync(
                new StackOptions(dataDirectory, MessagingPort: 0, PostgresPort: 0, DevelopmentSigningKey.Generate(), Replicas: 2));

            foreach (var service in Services)
            {
                using (var healthy = new CancellationTokenSource(ReplicasTimeout))
                {
                    await stack.App.ResourceNotifications.WaitForResourceHealthyAsync(service, healthy.Token);
                }

                // Each replica ready on its own port first: then whichever the proxy picks must serve.
                var webPorts = await ReplicaWebPortsAsync(stack, service);
                Assert.Equal(2, webPorts.Distinct().Count());
                foreach (var port in webPorts)
                {
                    await AssertReplicaServesHttp11Async(new Uri($"http://localhost:{port}/health"));
                }

                using var channel = stack.ChannelTo(service);
                var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), deadline: Deadline());
                Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
                await AssertServesHttp11Async(new Uri(stack.App.GetEndpoint(service, "web"), "/health"));
            }

            await AssertHeldMeetingCountedOnceAsync(stack);
        }
        finally
        {
            TemporaryDirectory.Delete(dataDirectory);
        }
    }

    /// <summary>The Web__Port each running replica of <paramref name="service"/> was given, read from its resource snapshot.</summary>
    private static async Task<IReadOnlyList<string>> ReplicaWebPortsAsync(StackRun stack, string service)
    {
        var ports = new Dictionary<string, string>();
        using var timeout = new CancellationTokenSource(ReplicasTimeout);
        try
        {
            await foreach (var update in stack.App.ResourceNotifications.WatchAsync(timeout.Token))
            {
                if (update.Resource.Name == service && update.Snapshot.State?.Text == KnownResourceStates.Running
                    && update.Snapshot.EnvironmentVariables.FirstOrDefault(e => e.Name == "Web__Port") is { Value: { Length: > 0 } port })
                {
                    ports[update.ResourceId] = port;
                    if (ports.Count == 2)
                    {
                        return [.. ports.Values];
                    }
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
        }

        throw new TimeoutException($"{service}: running replicas with a Web__Port within {ReplicasTimeout}: {string.Join(", ", ports)}");
    }

    /// <summary>
    /// The resource's health asks through the proxy, which any replica may answer, so one replica
    /// can still be starting (not listening yet, or not ready) when the resource turns healthy: its
    /// own port is asked until it answers OK over HTTP/1.1, within <see cref="ReplicasTimeout"/>.
    /// </summary>
    private static async Task AssertReplicaServesHttp11Async(Uri health)
    {
        var deadline = DateTime.UtcNow + ReplicasTimeout;
        while (true)
        {
            try
            {
                await AssertServesHttp11Async(health);
                return;
            }
            catch (Exception notYet) when (notYet is HttpRequestException or Xunit.Sdk.EqualException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private static async Task AssertServesHttp11Async(Uri health)
    {
        using var client = new HttpClient { Timeout = CallTimeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, health)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var response = await client.SendAsync(request);
        Assert.Equal((HttpStatusCode.OK, HttpVersion.Version11), (response.StatusCode, response.Version));
    }

    /// <summary>
    /// Two held meetings move meetings-held by one each on a subscribed stream: an event applied
    /// twice (by both metrics replicas, or redelivered) would show as a step of two.
    /// </summary>
    private static async Task AssertHeldMeetingCountedOnceAsync(StackRun stack)
    {
        const string MeetingsHeld = "wg.meetings-held";
        using var ukChair = stack.ChannelTo("working-group", "uk-co-chair");
        using var bgChair = stack.ChannelTo("working-group", "bg-co-chair");
        var bgOfficial = await AddCoChairAsync(bgChair, DevelopmentPersonas.BgMinistryOfInterior, "BG");
        var ukOfficial = await AddCoChairAsync(ukChair, DevelopmentPersonas.UkHomeOffice, "UK");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await new WorkingGroupService.WorkingGroupServiceClient(ukChair).EstablishWorkingGroupAsync(
            new EstablishWorkingGroupRequest { EstablishedOn = DateOf(today) }, deadline: Deadline());

        using var metrics = stack.ChannelTo("metrics", "uk-co-chair");
        using var watch = new Metrics.IndicatorStreamService.IndicatorStreamServiceClient(metrics)
            .WatchIndicators(new Metrics.WatchIndicatorsRequest { IndicatorIds = { MeetingsHeld } }, deadline: DateTime.UtcNow.Add(DeliveryTimeout * 3));
        using var delivery = new CancellationTokenSource(DeliveryTimeout * 2);
        Assert.True(await watch.ResponseStream.MoveNext(delivery.Token));
        var (year, quarter) = (today.Year, ((today.Month - 1) / 3) + 1);
        var before = watch.ResponseStream.Current.Snapshot.Values
            .Where(v => v.Value.Quarter.Year == year && v.Value.Quarter.Quarter_ == quarter).Select(v => v.Value.Value).DefaultIfEmpty(0).Single();

        var meetings = new MeetingsService.MeetingsServiceClient(ukChair);
        var steps = new List<double>();
        for (var held = 1; held <= 2; held++)
        {
            var scheduled = (await meetings.ScheduleMeetingAsync(new ScheduleMeetingRequest
            {
                ScheduledOn = DateOf(today), Location = "Sofia", Format = MeetingFormat.Hybrid, AgendaItems = { $"Replicas {held}" },
            }, deadline: Deadline())).Meeting;
            await meetings.HoldMeetingAsync(new HoldMeetingRequest
            {
                MeetingId = scheduled.Id, HeldOn = DateOf(today), AttendeeOfficialIds = { bgOfficial, ukOfficial },
            }, deadline: Deadline());

            while (await watch.ResponseStream.MoveNext(delivery.Token))
            {
                if (watch.ResponseStream.Current.Change is { } change
                    && change.Value.Quarter.Year == year && change.Value.Quarter.Quarter_ == quarter)
                {
                    steps.Add(change.Value.Value);
                    break;
                }
            }
        }

        Assert.Equal([before + 1, before + 2], steps);
    }

    private static async Task<string> AddCoChairAsync(GrpcChannel coChair, Guid agencyId, string participant)
    {
        var official = (await new OfficialsService.OfficialsServiceClient(coChair).DesignateOfficialAsync(new DesignateOfficialRequest
        {
            AgencyId = agencyId.ToString(), FullName = $"Replica test co-chair {participant}", RoleTitle = "Co-chair",
            WorkEmail = $"replica-test-{participant.ToLowerInvariant()}@agency.example", Purpose = "Chairs the working group",
            LegalBasis = LegalBasis.PublicTask,
        }, deadline: Deadline())).Official;
        await new MembershipService.MembershipServiceClient(coChair).AddMemberAsync(new AddMemberRequest
        {
            OfficialId = official.Id, Role = MembershipRole.CoChair,
        }, deadline: Deadline());
        return official.Id;
    }

    private static Date DateOf(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    private static DateTime Deadline() => DateTime.UtcNow.Add(CallTimeout);
}
