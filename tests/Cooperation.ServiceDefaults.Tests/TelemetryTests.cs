using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Cooperation.ServiceDefaults.Tests;

public sealed class TelemetryTests
{
    private static IHost Build(string? collector)
    {
        var builder = Host.CreateApplicationBuilder();
        if (collector is not null)
        {
            builder.Configuration[Extensions.OtlpEndpointSetting] = collector;
        }

        builder.ConfigureOpenTelemetry();
        return builder.Build();
    }

    [Fact]
    public void Without_a_collector_no_spans_or_metrics_are_recorded()
    {
        using var host = Build(collector: null);

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void With_a_collector_spans_and_metrics_are_recorded_for_it()
    {
        using var host = Build(collector: "http://127.0.0.1:4317");

        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
    }
}
