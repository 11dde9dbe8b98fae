using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.Contracts.Audit.V1;
using Cooperation.Contracts.Type.V1;
using Cooperation.Security.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using AuditActionMessage = Cooperation.Contracts.Audit.V1.AuditAction;

namespace Cooperation.Security.Tests;

/// <summary>The audit gRPC service a host maps with one call, over the host's own database.</summary>
public sealed class AuditGrpcServiceTests : IAsyncLifetime
{
    private SecuredGrpcHost _host = null!;

    private AuditService.AuditServiceClient Audit => new(_host.Channel);

    private static Grpc.Core.Metadata Auditor => SecuredGrpcHost.Bearer(TestKeys.Issuer().Mint("auditor"));

    public async Task InitializeAsync()
    {
        _host = await SecuredGrpcHost.StartAsync();
        var trail = _host.Services.GetRequiredService<AuditTrail>();
        await using var connection = await _host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var id in new[] { "o-1", "o-2", "o-3" })
        {
            await trail.AppendAsync(connection, transaction, new AuditEntry(
                new AuditActor("dev:bg-co-chair", BuildingBlocks.Domain.Participant.BG, null),
                "workinggroup.v1.RegisterOfficial", BuildingBlocks.Audit.AuditAction.Create, "Official", id));
        }

        await transaction.CommitAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Records_are_listed_in_pages()
    {
        var first = await Audit.ListAuditRecordsAsync(new ListAuditRecordsRequest { PageSize = 2 }, Auditor);
        var second = await Audit.ListAuditRecordsAsync(new ListAuditRecordsRequest { PageSize = 2, PageToken = first.NextPageToken }, Auditor);

        Assert.Equal(["o-1", "o-2"], first.Records.Select(r => r.ResourceId));
        Assert.Equal("o-3", Assert.Single(second.Records).ResourceId);
        Assert.Equal(AuditActionMessage.Create, first.Records[0].Action);
        Assert.Equal(Participant.Bg, first.Records[0].ActorParticipant);
    }

    [Fact]
    public async Task Verify_reports_the_tampered_record()
    {
        await using (var connection = await _host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE audit_records SET resource_id = 'o-x' WHERE sequence = 2");
        }

        var result = await Audit.VerifyAuditTrailAsync(new VerifyAuditTrailRequest(), Auditor);

        Assert.False(result.Intact);
        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.NotEmpty(result.FirstBrokenRecordId);
    }
}
