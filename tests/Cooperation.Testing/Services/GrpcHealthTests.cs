using Grpc.Health.V1;
using Xunit;

namespace Cooperation.Testing;

/// <summary>Every service answers grpc.health.v1 SERVING once its start-up (migrations, broker) is done; each service's tests derive this once.</summary>
public abstract class GrpcHealthTests<TFactory> : IDisposable
    where TFactory : IServiceHost, IDisposable, new()
{
    private readonly TFactory _factory = new();

    [Fact]
    public async Task Grpc_health_reports_serving_once_migrations_have_run()
    {
        var client = new Health.HealthClient(_factory.Channel);

        var response = await client.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Grpc_liveness_reports_serving()
    {
        var client = new Health.HealthClient(_factory.Channel);

        var response = await client.CheckAsync(new HealthCheckRequest { Service = "liveness" });

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
