using Cooperation.BuildingBlocks.Data;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.WorkingGroup.Tests.Security;

/// <summary>An audit record carries the correlation id of the call, the same one its events carry.</summary>
public sealed class AuditCorrelationTests : IDisposable
{
    // A factory per test: the test establishes the group, which happens once per programme.
    private readonly WorkingGroupServiceFactory _factory = new();

    [Fact]
    public async Task A_write_s_audit_record_and_its_event_share_one_correlation_id()
    {
        var client = new WorkingGroupService.WorkingGroupServiceClient(_factory.Channel);
        _factory.Clock.Advance(TimeSpan.FromDays(30));

        await client.EstablishWorkingGroupAsync(new EstablishWorkingGroupRequest { EstablishedOn = WireDates.On("2023-12-01") });

        await using var connection = await _factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        var eventCorrelation = await connection.ExecuteScalarAsync<string>(
            "SELECT correlation_id FROM outbox_messages WHERE message_type LIKE '%WorkingGroupEstablished'");
        var auditCorrelation = await connection.ExecuteScalarAsync<string>(
            "SELECT correlation_id FROM audit_records WHERE operation = 'EstablishWorkingGroup'");
        Assert.False(string.IsNullOrEmpty(eventCorrelation));
        Assert.Equal(eventCorrelation, auditCorrelation);
    }

    public void Dispose() => _factory.Dispose();
}
