using System.Net;
using System.Text.Json;
using Cooperation.Metrics.Tests.Infrastructure;

namespace Cooperation.Metrics.Tests.Stream;

/// <summary>The live stream over HTTP/JSON: a server stream whose messages arrive one JSON object at a time.</summary>
public sealed class WatchIndicatorsOverJsonTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    [Fact]
    public async Task A_json_subscriber_gets_the_snapshot_first_as_one_json_message()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/metrics/indicators:watch?published_only=false");

        using var response = await factory.HttpClientFor("uk-co-chair")
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var first = await reader.ReadLineAsync(timeout.Token);
        using var message = JsonDocument.Parse(first!);
        Assert.True(message.RootElement.GetProperty("snapshot").TryGetProperty("version", out _));
    }

    [Fact]
    public async Task A_json_subscriber_with_a_bad_filter_is_refused_naming_the_field()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        using var response = await factory.HttpClientFor("uk-co-chair")
            .GetAsync("/v1/metrics/indicators:watch?agency_id=not-a-uuid", timeout.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("agency_id", await response.Content.ReadAsStringAsync(timeout.Token), StringComparison.Ordinal);
    }
}
