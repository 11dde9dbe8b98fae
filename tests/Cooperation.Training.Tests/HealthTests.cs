using Cooperation.Training.Tests.Infrastructure;
using Grpc.Health.V1;

namespace Cooperation.Training.Tests;

public sealed class HealthTests : IDisposable
{
    private readonly TrainingServiceFactory _factory = new();

    [Fact]
    public async Task Grpc_health_reports_serving_once_migrations_have_run()
    {
        var client = new Health.HealthClient(_factory.Channel);

        var response = await client.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    public void Dispose() => _factory.Dispose();
}
