using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Audit.Grpc;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.Hosting;

public static class AuditExtensions
{
    /// <summary>
    /// The audit trail in this service's database (call after <c>AddServiceDatabase</c>): its
    /// table joins the service's migrations, and <see cref="AuditTrail"/> and
    /// <see cref="AuditQueries"/> become injectable, and every unit of work must carry an audit
    /// record to commit. Call after <c>AddMessaging</c>.
    /// </summary>
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(new MigrationScripts(typeof(AuditTrail).Assembly));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddSingleton<AuditQueries>();

        // Every unit of work the service begins must carry its audit record (see AuditedUnitOfWork).
        var plain = builder.Services.LastOrDefault(d => d.ServiceType == typeof(IUnitOfWorkFactory))
            ?? throw new InvalidOperationException("Call AddMessaging() before AddAudit(): audit records ride in its units of work.");
        builder.Services.Remove(plain);
        builder.Services.AddSingleton<IUnitOfWorkFactory>(sp => new AuditedUnitOfWorkFactory(
            (IUnitOfWorkFactory)ActivatorUtilities.CreateInstance(sp, plain.ImplementationType!), sp.GetRequiredService<AuditTrail>()));
        return builder;
    }

    /// <summary>Serves cooperation.audit.v1.AuditService (list and verify) to co-chairs and auditors.</summary>
    public static GrpcServiceEndpointConventionBuilder MapAuditGrpcService(this IEndpointRouteBuilder app) =>
        app.MapGrpcService<AuditGrpcService>();
}
