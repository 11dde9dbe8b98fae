using Cooperation.AppHost.Tests.Infrastructure;
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
        using var channel = stack.ChannelTo("working-group");
        var health = new Health.HealthClient(channel);

        var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.Add(CallTimeout));

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_services_it_serves()
    {
        using var channel = stack.ChannelTo("working-group");
        var reflection = new ServerReflection.ServerReflectionClient(channel);

        using var call = reflection.ServerReflectionInfo(deadline: DateTime.UtcNow.Add(CallTimeout));
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains("grpc.health.v1.Health", services);
        Assert.Contains("grpc.reflection.v1.ServerReflection", services);
        // Every domain service the working group serves lives in its own proto package.
        Assert.All(
            services.Where(s => s.StartsWith("cooperation.", StringComparison.Ordinal)),
            s => Assert.StartsWith("cooperation.workinggroup.v1.", s, StringComparison.Ordinal));
    }
}
