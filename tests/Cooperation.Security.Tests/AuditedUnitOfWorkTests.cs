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
        await using (var unitOfWork = await UnitsOfWork.BeginAsync())
        {
            await InsertReviewAsync(unitOfWork, "r-1");
            await Assert.ThrowsAsync<InvalidOperationException>(() => unitOfWork.CommitAsync());
        }

        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task The_change_its_event_and_its_audit_record_commit_together()
    {
        await using (var unitOfWork = await UnitsOfWork.BeginAsync())
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
        await using (var unitOfWork = await UnitsOfWork.BeginAsync())
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
        await using (var unitOfWork = await UnitsOfWork.BeginAsync())
        {
            await InsertReviewAsync(unitOfWork, "r-1");
            unitOfWork.Publish(Reviewed("r-1"));
            // A read of personal data must say why; this record is refused when the unit commits.
            unitOfWork.Audit(new AuditEntry(CoChair, "GetOfficial", AuditAction.Read, "Official", "o-1"));
            await Assert.ThrowsAsync<ValidationFailedException>(() => unitOfWork.CommitAsync());
        }

        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    private static StatementReviewed Reviewed(string id) => new()
    {
        ReviewId = Guid.NewGuid(),
        ReviewedOn = new DateOnly(2024, 11, 13),
        Outcome = $"continue ({id})",
        OccurredAt = DateTimeOffset.UtcNow,
    };

    private static async Task InsertReviewAsync(IUnitOfWork unitOfWork, string id) =>
        await unitOfWork.Connection.ExecuteAsync("INSERT INTO reviews (id) VALUES (@Id)", new { Id = id }, unitOfWork.Transaction);

    private async Task<(long Reviews, long Events, long AuditRecords)> CountsAsync()
    {
        await using var connection = await _host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        return (
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM reviews"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_records"));
    }
}
