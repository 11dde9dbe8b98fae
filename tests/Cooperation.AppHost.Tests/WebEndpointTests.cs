using System.Net;
using Aspire.Hosting.Testing;
using Cooperation.AppHost.Tests.Infrastructure;

namespace Cooperation.AppHost.Tests;

/// <summary>Every service answers plain HTTP/1.1 on its "web" endpoint, beside h2c gRPC.</summary>
[Collection(StartedStackDefinition.Name)]
public sealed class WebEndpointTests(StackFixture stack)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan HealthyTimeout = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData("working-group")]
    [InlineData("training")]
    [InlineData("capacity-building")]
    [InlineData("metrics")]
    public async Task The_web_endpoint_answers_health_over_http_1_1(string service)
    {
        // The stack fixture waits for the working group only; the others may still be starting.
        using (var healthy = new CancellationTokenSource(HealthyTimeout))
        {
            await stack.Stack.App.ResourceNotifications.WaitForResourceHealthyAsync(service, healthy.Token);
        }

        using var client = new HttpClient { Timeout = CallTimeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(stack.Stack.App.GetEndpoint(service, "web"), "/health"))
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version11, response.Version);
    }
}
