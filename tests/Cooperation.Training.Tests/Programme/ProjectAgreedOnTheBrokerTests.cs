using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Training.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Programme;

/// <summary>The ProjectAgreed consumer on a real RabbitMQ broker: what the broker delivers twice takes effect once.</summary>
public sealed class ProjectAgreedOnTheBrokerTests(RabbitMqBroker broker) : IClassFixture<RabbitMqBroker>
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ProjectAgreed_delivered_twice_on_the_real_broker_becomes_one_programme_item()
    {
        using var service = await TrainingOnRealBroker.StartAsync(broker);
        var counter = new ConsumeCounter<ProjectAgreed>();
        var bus = service.Services.GetRequiredService<IBus>();
        using var observing = bus.ConnectConsumeMessageObserver(counter);
        var agreed = new ProjectAgreed
        {
            OccurredAt = DateTimeOffset.UtcNow, ProjectId = Guid.NewGuid(), Title = "Joint training on document fraud",
            Summary = "A course for both participants' border officers.", Workstream = Workstream.Training, DecisionId = Guid.NewGuid(),
            CooperationAreas = ["training"], LeadAgencyIds = [Guid.NewGuid()],
        };

        // The same message twice, as a broker redelivery or a publisher's retry would send it.
        await bus.Publish(agreed, c => c.MessageId = agreed.EventId);
        await bus.Publish(agreed, c => c.MessageId = agreed.EventId);
        await Eventually.UntilAsync(() => counter.Consumed + counter.Faulted >= 2, "both copies to be consumed", DeliveryTimeout);

        Assert.Equal(0, counter.Faulted);
        Assert.Equal(1L, await CountAsync(service, "SELECT count(*) FROM programme_items WHERE project_id = @Id", agreed.ProjectId));
        Assert.Equal(1L, await CountAsync(service, "SELECT count(*) FROM inbox_messages WHERE message_id = @Id", agreed.EventId));
        // One effect: the second copy was dropped by the inbox before the consumer wrote or audited anything.
        Assert.Equal(1L, await CountAsync(service, "SELECT count(*) FROM audit_records WHERE resource_id = @Id::text", agreed.ProjectId));
        var item = (await new V1.ProgrammeService.ProgrammeServiceClient(service.Channel)
            .GetProgrammeItemAsync(new V1.GetProgrammeItemRequest { ProgrammeItemId = agreed.ProjectId.ToString() })).Item;
        Assert.Equal(agreed.Title, item.Title);
    }

    private static async Task<long> CountAsync(TrainingOnRealBroker service, string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(service.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("Id", id);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
