using System.Collections.Concurrent;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Contracts.Metrics.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cooperation.WorkingGroup.Tests.ReviewEvidence;

/// <summary>
/// The metrics service's IndicatorsService in-process, behind the suite's own authentication and the
/// metrics policy (ReadMetrics), trusting the key of <see cref="TestServiceTokens"/>: a call reaches
/// the fake only with a valid token whose roles ReadMetrics admits.
/// </summary>
public sealed class MetricsFake : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MetricsFake(WebApplication app) => _app = app;

    public FakeIndicators Indicators => _app.Services.GetRequiredService<FakeIndicators>();

    public static MetricsFake Start()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Authentication:Issuer"] = DevelopmentTokenIssuer.Issuer;
        builder.Configuration["Authentication:Audience"] = DevelopmentTokenIssuer.DefaultAudience;
        builder.Configuration["Authentication:SigningKeys:0"] = TestServiceTokens.SigningKey;
        builder.AddCooperationAuthentication();
        builder.AddCooperationAuthorization();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<FakeIndicators>();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGrpcService<FakeIndicators>();
        app.Start();
        return new MetricsFake(app);
    }

    public HttpMessageHandler CreateHandler() => _app.GetTestServer().CreateHandler();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

/// <summary>Indicator histories a test sets; or every call failing with a status, or never answering.</summary>
public sealed class FakeIndicators : IndicatorsService.IndicatorsServiceBase
{
    private readonly ConcurrentDictionary<string, IndicatorValue[]> _histories = new();

    /// <summary>When set, every call fails with this status (an outage).</summary>
    public StatusCode? FailWith { get; set; }

    /// <summary>When set, no call is answered before its deadline.</summary>
    public bool Stalled { get; set; }

    /// <summary>The subject of every caller that reached the handler.</summary>
    public ConcurrentQueue<string> Callers { get; } = new();

    public void SetHistory(string indicatorId, params (int Year, int Quarter, double Value)[] values) =>
        _histories[indicatorId] = values.Select(v => new IndicatorValue { Quarter = new Quarter { Year = v.Year, Quarter_ = v.Quarter }, Value = v.Value }).ToArray();

    [Authorize(Policy = CooperationPolicies.ReadMetrics)]
    public override async Task<ListIndicatorHistoryResponse> ListIndicatorHistory(ListIndicatorHistoryRequest request, ServerCallContext context)
    {
        Callers.Enqueue(context.GetHttpContext().User.FindFirst(CooperationClaimTypes.Subject)?.Value ?? "");
        if (Stalled)
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }

        if (FailWith is { } status)
        {
            throw new RpcException(new Status(status, "metrics is down"));
        }

        if (!_histories.TryGetValue(request.IndicatorId, out var values))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"no indicator {request.IndicatorId}"));
        }

        var response = new ListIndicatorHistoryResponse();
        response.Values.AddRange(values);
        return response;
    }
}

/// <summary>The working group with the metrics fake as its metrics service, and a short deadline for each value.</summary>
public sealed class ReviewEvidenceServiceFactory : WorkingGroupServiceFactory
{
    public MetricsFake Metrics { get; } = MetricsFake.Start();

    protected override void ConfigureServiceSettings(IWebHostBuilder builder)
    {
        base.ConfigureServiceSettings(builder);
        builder.UseSetting("ReviewEvidence:MetricsTimeout", "00:00:02");
        builder.ConfigureTestServices(services => services
            .AddGrpcClient<IndicatorsService.IndicatorsServiceClient>()
            .ConfigurePrimaryHttpMessageHandler(() => Metrics.CreateHandler()));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Metrics.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
