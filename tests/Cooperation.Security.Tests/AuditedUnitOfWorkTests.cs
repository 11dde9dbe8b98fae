using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Testing;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cooperation.Security.Tests;

/// <summary>
/// A change, its events and its audit record commit together or not at all, and a change cannot
/// commit without its record: held on a real PostgreSQL database through the units of work a service gets.
/// </summary>
public sealed class AuditedUnitOfWorkTests : IAsyncLifetime
{
    private static readonly AuditActor CoChair = new("dev:uk-co-chair", Participant.UK, Guid.Parse("7a3c1f0e-0000-4000-8000-000000000001"));

    private TestDatabase _database = null!;
    private IHost _host = null!;

    private IUnitOfWorkFactory UnitsOfWork => _host.Services.GetRequiredService<IUnitOfWorkFactory>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabases.CreateEmptyAsync("audited_uow");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:db"] = _database.ConnectionString });
        builder.AddServiceDatabase("db", typeof(AuditedUnitOfWorkTests).Assembly);
        builder.AddMessaging();
        builder.AddAudit("test");
        _host = builder.Build();
        // Runs the migrations (outbox, inbox, audit); the relay finds a broker-less in-memory bus.
        await _host.StartAsync();
        await using var connection = await _host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE reviews (id text PRIMARY KEY)");
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_change_without_an_audit_record_cannot_commit()
    {
        await using (var unitOfWork = await UnitsOfWork.BeginAsync("RecordStatementReview", CancellationToken.None))
        {
            await InsertReviewAsync(unitOfWork, "r-1");
            await Assert.ThrowsAsync<InvalidOperationException>(() => unitOfWork.CommitAsync());
        }

        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task The_change_its_event_and_its_audit_record_commit_together()
    {
        await using (var unitOfWork = await UnitsOfWork.BeginAsync("RecordStatementReview", CancellationToken.None))
        {
            await InsertReviewAsync(unitOfWork, "r-1");
            unitOfWork.Publish(Reviewed("r-1"));
            unitOfWork.Audit(new AuditEntry(CoChair, "RecordStatementReview", AuditAction.Create, "StatementReview", "r-1"));
            await unitOfWork.CommitAsync();
        }

        Assert.Equal((1, 1, 1), await CountsAsync());
    }

    [Fact]
    public async Task A_failure_after_the_change_rolls_back_the_audit_record_with_it()
    {
        await using (var unitOfWork = await UnitsOfWork.BeginAsync("RecordStatementReview", CancellationToken.None))
        {
            unitOfWork.Audit(new AuditEntry(CoChair, "RecordStatementReview", AuditAction.Create, "StatementReview", "r-1"));
            await InsertReviewAsync(unitOfWork, "r-1");
            unitOfWork.Publish(Reviewed("r-1"));
            // The same key again: the write fails after the first change, before any commit.
            await Assert.ThrowsAnyAsync<Exception>(() => InsertReviewAsync(unitOfWork, "r-1"));
        }

        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task An_audit_record_that_cannot_be_written_rolls_back_the_change()
    {
        await using (var unitOfWork = await UnitsOfWork.BeginAsync("RecordStatementReview", CancellationToken.None))
        {
            await InsertReviewAsync(unitOfWork, "r-1");
            unitOfWork.Publish(Reviewed("r-1"));
            // A read of personal data must say why; this record is refused when the unit commits.
            unitOfWork.Audit(new AuditEntry(CoChair, "GetOfficial", AuditAction.Read, "Official", "o-1"));
            await Assert.ThrowsAsync<ValidationFailedException>(() => unitOfWork.CommitAsync());
        }

        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task A_one_line_record_names_the_service_the_operation_and_the_correlation_of_its_unit()
    {
        await using (var unitOfWork = await UnitsOfWork.BeginAsync("RaiseCadenceBreach", "trace-1", CancellationToken.None))
        {
            await InsertReviewAsync(unitOfWork, "r-1");
            unitOfWork.Audit(AuditAction.Create, "StatementReview", "r-1", ["reviewed_on"]);
            await unitOfWork.CommitAsync();
        }

        await using var connection = await _host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        var record = await connection.QuerySingleAsync<(string Actor, string Operation, string Resource, string Correlation)>(
            "SELECT actor_subject, operation, resource_id, correlation_id FROM audit_records");
        Assert.Equal(("service:test", "RaiseCadenceBreach", "r-1", "trace-1"), record);
    }

    [Fact]
    public async Task An_event_published_without_its_instant_is_stamped_when_published()
    {
        var before = DateTimeOffset.UtcNow;
        await using (var unitOfWork = await UnitsOfWork.BeginAsync("RecordStatementReview", CancellationToken.None))
        {
            unitOfWork.Publish(Reviewed("r-1") with { OccurredAt = default });
            unitOfWork.Audit(AuditAction.Create, "StatementReview", "r-1");
            await unitOfWork.CommitAsync();
        }

        await using var connection = await _host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        var stamped = await connection.QuerySingleAsync<DateTimeOffset>("SELECT occurred_at FROM outbox_messages");
        Assert.InRange(stamped, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Registration_order_does_not_matter_every_unit_still_needs_its_record()
    {
        // AddAudit before AddMessaging: both join every unit of work as commit participants.
        await using var database = await TestDatabases.CreateEmptyAsync("audit_first");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:db"] = database.ConnectionString });
        builder.AddAudit("test");
        builder.AddMessaging();
        builder.AddServiceDatabase("db", typeof(AuditedUnitOfWorkTests).Assembly);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var units = host.Services.GetRequiredService<IUnitOfWorkFactory>();
            await using (var unaudited = await units.BeginAsync("Unaudited", CancellationToken.None))
            {
                unaudited.Publish(Reviewed("r-1"));
                await Assert.ThrowsAsync<InvalidOperationException>(() => unaudited.CommitAsync());
            }

            await using (var audited = await units.BeginAsync("Audited", CancellationToken.None))
            {
                audited.Publish(Reviewed("r-2"));
                audited.Audit(AuditAction.Create, "StatementReview", "r-2");
                await audited.CommitAsync();
            }

            await using var connection = await host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
            Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages"));
            Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_records"));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Auditing_in_a_service_that_keeps_no_audit_trail_fails_naming_the_fix()
    {
        await using var database = await TestDatabases.CreateEmptyAsync("no_audit");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:db"] = database.ConnectionString });
        builder.AddServiceDatabase("db", typeof(AuditedUnitOfWorkTests).Assembly);
        builder.AddMessaging();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            await using var unitOfWork = await host.Services.GetRequiredService<IUnitOfWorkFactory>().BeginAsync("Unaudited", CancellationToken.None);
            var refused = Assert.Throws<InvalidOperationException>(() => unitOfWork.Audit(AuditAction.Create, "StatementReview", "r-1"));
            Assert.Contains("AddAudit", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static StatementReviewed Reviewed(string id) => new()
    {
        ReviewId = Guid.NewGuid(),
        ReviewedOn = new DateOnly(2024, 11, 13),
        Outcome = $"continue ({id})",
        OccurredAt = DateTimeOffset.UtcNow,
    };

    private static Task<int> InsertReviewAsync(IUnitOfWork unitOfWork, string id) =>
        unitOfWork.ExecuteAsync("INSERT INTO reviews (id) VALUES (@Id)", new { Id = id });

    private async Task<(long Reviews, long Events, long AuditRecords)> CountsAsync()
    {
        await using var connection = await _host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        return (
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM reviews"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_records"));
    }
}
