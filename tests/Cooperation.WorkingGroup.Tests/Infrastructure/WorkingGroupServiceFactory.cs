using Cooperation.Testing;
using Cooperation.BuildingBlocks.Security.ServiceIdentity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cooperation.WorkingGroup.Tests.Infrastructure;

/// <summary>
/// The working-group service in-process, on a copy of its migrated template database (or, for
/// replicas, on a database another factory also runs on).
/// </summary>
public class WorkingGroupServiceFactory : InProcessServiceFactory<Program>
{
    public WorkingGroupServiceFactory()
        : this(WorkingGroupDatabase.Create)
    {
    }

    // Protected, so a class fixture still sees a single public constructor.
    protected WorkingGroupServiceFactory(Func<TestDatabase> createDatabase)
        : base("workinggroupdb", createDatabase)
    {
    }

    protected override void ConfigureServiceSettings(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The base gives the service a placeholder client-credentials registration; no authority
        // runs here, so the token itself is minted by TestServiceTokens. Nothing listens here: a test that needs the metrics service substitutes its own (MetricsFake).
        builder.UseSetting("ReviewEvidence:MetricsAddress", "http://127.0.0.1:1");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IServiceTokenSource>();
            services.AddSingleton<IServiceTokenSource, TestServiceTokens>();
        });
    }
}
