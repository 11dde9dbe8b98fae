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
        // Outside Development the service calls others with client credentials; no authority runs
        // here, so the registration is named and the token itself is minted by TestServiceTokens.
        builder.UseSetting("Authentication:ServiceClient:TokenEndpoint", "http://127.0.0.1:1/token");
        builder.UseSetting("Authentication:ServiceClient:ClientId", "working-group");
        builder.UseSetting("Authentication:ServiceClient:ClientSecret", "not-a-secret");
        // Nothing listens here: a test that needs the metrics service substitutes its own (MetricsFake).
        builder.UseSetting("ReviewEvidence:MetricsAddress", "http://127.0.0.1:1");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IServiceTokenSource>();
            services.AddSingleton<IServiceTokenSource, TestServiceTokens>();
        });
    }
}
