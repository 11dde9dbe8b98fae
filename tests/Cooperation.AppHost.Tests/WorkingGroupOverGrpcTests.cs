using Cooperation.AppHost.Tests.Infrastructure;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.Contracts.Type.V1;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1;

namespace Cooperation.AppHost.Tests;

[Collection(StartedStackDefinition.Name)]
public sealed class WorkingGroupOverGrpcTests(StackFixture stack)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Health_check_answers_serving()
    {
        using var channel = stack.Stack.ChannelTo("working-group");
        var health = new Health.HealthClient(channel);

        var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.Add(CallTimeout));

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_services_it_serves()
    {
        using var channel = stack.Stack.ChannelTo("working-group");
        var reflection = new ServerReflection.ServerReflectionClient(channel);

        using var call = reflection.ServerReflectionInfo(deadline: DateTime.UtcNow.Add(CallTimeout));
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains("grpc.health.v1.Health", services);
        Assert.Contains("grpc.reflection.v1.ServerReflection", services);
        Assert.Contains("cooperation.workinggroup.v1.AgenciesService", services);
        Assert.Contains("cooperation.audit.v1.AuditService", services);
    }

    [Fact]
    public async Task A_co_chair_lists_the_agencies_seeded_for_local_runs()
    {
        using var channel = stack.Stack.ChannelTo("working-group", "uk-co-chair");
        var agencies = new AgenciesService.AgenciesServiceClient(channel);

        var reply = await agencies.ListAgenciesAsync(new ListAgenciesRequest { PageSize = 50 }, deadline: DateTime.UtcNow.Add(CallTimeout));

        Assert.Contains(reply.Agencies, a => a.NameEn == "National Crime Agency" && a.Participant == Participant.Uk);
        Assert.Contains(reply.Agencies, a => a.NameEn == "Border Police" && a.Participant == Participant.Bg);
    }

    [Fact]
    public async Task A_call_without_a_token_is_unauthenticated()
    {
        using var channel = stack.Stack.ChannelTo("working-group");
        var agencies = new AgenciesService.AgenciesServiceClient(channel);

        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            agencies.ListAgenciesAsync(new ListAgenciesRequest(), deadline: DateTime.UtcNow.Add(CallTimeout)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
    }
}
