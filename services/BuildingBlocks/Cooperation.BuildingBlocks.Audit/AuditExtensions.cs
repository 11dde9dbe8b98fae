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
    /// The audit trail in this service's database: its table joins the service's migrations,
    /// <see cref="AuditTrail"/> and <see cref="AuditQueries"/> become injectable, and every unit of
    /// work must carry an audit record to commit (see <see cref="AuditParticipant"/>). Records of
    /// work the service does by itself name <c>service:{serviceName}</c>. Order against
    /// <c>AddMessaging</c> does not matter.
    /// </summary>
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        builder.Services.AddSingleton(new MigrationScripts(typeof(AuditTrail).Assembly));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new ServiceActor(serviceName));
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddSingleton<AuditQueries>();
        builder.Services.AddSingleton<IUnitOfWorkParticipant, AuditParticipant>();
        return builder;
    }

    /// <summary>Serves cooperation.audit.v1.AuditService (list and verify) to co-chairs and auditors.</summary>
    public static GrpcServiceEndpointConventionBuilder MapAuditGrpcService(this IEndpointRouteBuilder app) =>
        app.MapGrpcService<AuditGrpcService>();
}
