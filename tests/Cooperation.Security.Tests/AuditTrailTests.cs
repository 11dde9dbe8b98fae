using System.Data.Common;
using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.Security.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace Cooperation.Security.Tests;

/// <summary>The chain on a real PostgreSQL database: append, verify, tamper, roll back, contend.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private static readonly Guid BorderPolice = Guid.Parse("11111111-1111-4111-8111-111111111111");
    private static readonly AuditActor Coordinator = new("dev:bg-border-police-coordinator", Participant.BG, BorderPolice);

    private AuditDatabase _database = null!;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2023, 11, 13, 9, 0, 0, TimeSpan.Zero));
    private readonly AuditTrail _trail;

    public AuditTrailTests() => _trail = new AuditTrail(_clock);

    public async Task InitializeAsync() => _database = await AuditDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static AuditEntry Registration(string officialId) =>
        new(Coordinator, "workinggroup.v1.RegisterOfficial", AuditAction.Create, "Official", officialId)
        {
            Fields = ["full_name", "work_email"],
        };

    private async Task AppendCommittedAsync(AuditEntry entry)
    {
        await using var connection = await _database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await _trail.AppendAsync(connection, transaction, entry);
        await transaction.CommitAsync();
    }

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var connection = await _database.OpenAsync();
        return await AuditTrail.VerifyAsync(connection);
    }

    private async Task<long> CountAsync()
    {
        await using var connection = await _database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_records");
    }

    [Fact]
    public async Task Appended_records_form_a_chain_that_verifies()
    {
        for (var i = 0; i < 5; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            await AppendCommittedAsync(Registration($"official-{i}"));
        }

        var result = await VerifyAsync();

        Assert.Equal(AuditVerification.Intact(5), result);
    }

    [Fact]
    public async Task Each_record_links_to_the_hash_of_the_one_before()
    {
        await AppendCommittedAsync(Registration("a"));
        await AppendCommittedAsync(Registration("b"));

        var records = await new AuditQueries(_database.Connections).ListAsync(new AuditFilter(), new PageRequest(0, 10));

        Assert.Equal(new string('0', 64), records[0].PreviousHash);
        Assert.Equal(records[0].Hash, records[1].PreviousHash);
        Assert.Equal([1L, 2L], records.Select(r => r.Sequence));
    }

    [Fact]
    public async Task A_record_changed_in_the_database_is_reported_by_verify()
    {
        for (var i = 0; i < 4; i++)
        {
            await AppendCommittedAsync(Registration($"official-{i}"));
        }

        await using (var connection = await _database.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE audit_records SET actor_subject = 'someone-else' WHERE sequence = 3");
        }

        var result = await VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(2, result.RecordsChecked);
    }

    [Fact]
    public async Task A_rewritten_record_with_a_recomputed_hash_breaks_the_next_link()
    {
        for (var i = 0; i < 3; i++)
        {
            await AppendCommittedAsync(Registration($"official-{i}"));
        }

        await using (var connection = await _database.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE audit_records SET hash = 'ffff' WHERE sequence = 2");
        }

        var result = await VerifyAsync();

        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task A_deleted_record_is_reported_by_verify()
    {
        for (var i = 0; i < 3; i++)
        {
            await AppendCommittedAsync(Registration($"official-{i}"));
        }

        await using (var connection = await _database.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM audit_records WHERE sequence = 2");
        }

        var result = await VerifyAsync();

        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_no_record()
    {
        await using (var connection = await _database.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await _trail.AppendAsync(connection, transaction, Registration("never"));
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await CountAsync());
        await AppendCommittedAsync(Registration("after"));
        Assert.Equal(AuditVerification.Intact(1), await VerifyAsync());
    }

    [Fact]
    public async Task Concurrent_appends_keep_one_chain()
    {
        const int Writers = 8;
        const int EachWrites = 5;
        var trail = new AuditTrail(TimeProvider.System);

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < EachWrites; i++)
            {
                await using var connection = await _database.OpenAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                await trail.AppendAsync(connection, transaction, Registration($"w{writer}-{i}"));
                await transaction.CommitAsync();
            }
        }))).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(AuditVerification.Intact(Writers * EachWrites), await VerifyAsync());
    }

    [Fact]
    public async Task Reading_personal_data_needs_a_justification()
    {
        var read = new AuditEntry(Coordinator, "workinggroup.v1.GetOfficial", AuditAction.Read, "Official", "o-1") { Fields = ["work_email"] };

        await using var connection = await _database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => _trail.AppendAsync(connection, transaction, read));

        Assert.Equal("justification", Assert.Single(ex.Violations).Field);
    }

    [Fact]
    public async Task A_disclosure_names_its_recipients()
    {
        var disclosure = new AuditEntry(Coordinator, "training.v1.ShareRoster", AuditAction.Disclose, "Roster", "r-1")
        {
            Justification = "Joint training logistics",
        };

        await using var connection = await _database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => _trail.AppendAsync(connection, transaction, disclosure));

        Assert.Equal("recipients", Assert.Single(ex.Violations).Field);
    }

    [Fact]
    public async Task A_value_in_place_of_a_field_name_is_refused()
    {
        var leaking = Registration("o-1") with { Fields = ["ivan.petrov@mvr.bg"] };

        await using var connection = await _database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => _trail.AppendAsync(connection, transaction, leaking));
    }

    [Fact]
    public async Task Records_are_filtered_by_actor_agency_resource_and_time_and_paged()
    {
        var otherAgency = new AuditActor("dev:uk-co-chair", Participant.UK, Guid.NewGuid());
        await AppendCommittedAsync(Registration("o-1"));
        _clock.Advance(TimeSpan.FromHours(1));
        var afterFirst = _clock.GetUtcNow();
        await AppendCommittedAsync(Registration("o-2"));
        await AppendCommittedAsync(Registration("o-2") with { Actor = otherAgency, Action = AuditAction.Update });
        await AppendCommittedAsync(Registration("o-3"));
        var queries = new AuditQueries(_database.Connections);

        var byResource = await queries.ListAsync(new AuditFilter(ResourceType: "Official", ResourceId: "o-2"), new PageRequest(0, 10));
        var byAgency = await queries.ListAsync(new AuditFilter(AgencyId: BorderPolice), new PageRequest(0, 10));
        var byActor = await queries.ListAsync(new AuditFilter(ActorSubject: "dev:uk-co-chair"), new PageRequest(0, 10));
        var byTime = await queries.ListAsync(new AuditFilter(From: afterFirst), new PageRequest(0, 10));
        var secondPage = await queries.ListAsync(new AuditFilter(), new PageRequest(2, 2));

        Assert.Equal([2L, 3L], byResource.Select(r => r.Sequence));
        Assert.Equal([1L, 2L, 4L], byAgency.Select(r => r.Sequence));
        Assert.Equal(AuditAction.Update, Assert.Single(byActor).Action);
        Assert.Equal([2L, 3L, 4L], byTime.Select(r => r.Sequence));
        Assert.Equal([3L, 4L], secondPage.Select(r => r.Sequence));
    }

    [Fact]
    public async Task A_record_keeps_ids_and_field_names_as_written()
    {
        await AppendCommittedAsync(Registration("o-9") with { CorrelationId = "trace-1" });

        var record = Assert.Single(await new AuditQueries(_database.Connections).ListAsync(new AuditFilter(), new PageRequest(0, 10)));

        Assert.Equal(Coordinator, record.Actor);
        Assert.Equal(["full_name", "work_email"], record.Fields);
        Assert.Equal("trace-1", record.CorrelationId);
        Assert.Equal(_clock.GetUtcNow(), record.OccurredAt);
    }

    [Fact]
    public async Task A_records_hash_is_sha256_of_its_documented_encoding()
    {
        // Text that JSON escapes (quotes, a backslash, <, non-ASCII), nulls and lists: a chain
        // written by an earlier build must verify unchanged, so the encoding is pinned here.
        _clock.Advance(TimeSpan.FromTicks(1234560));
        await AppendCommittedAsync(new AuditEntry(
            new AuditActor("dev:\"quoted\" <б>", null, null), "workinggroup.v1.DiscloseOfficial", AuditAction.Disclose, "Official", "o-ü\\1")
        {
            Fields = ["full_name", "work_email"],
            Recipients = ["agency-<1>", "агенция"],
            Justification = "request & reply",
            CorrelationId = null,
        });

        var record = Assert.Single(await new AuditQueries(_database.Connections).ListAsync(new AuditFilter(), new PageRequest(0, 10)));
        var encoding = System.Text.Json.JsonSerializer.Serialize(new object?[]
        {
            "cooperation-audit-v1", record.Sequence, record.RecordId.ToString("D"),
            record.OccurredAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", System.Globalization.CultureInfo.InvariantCulture),
            record.Actor.Subject, null, null, record.Operation, "disclose", record.ResourceType, record.ResourceId,
            System.Text.Json.JsonSerializer.Serialize(record.Fields), record.Justification,
            System.Text.Json.JsonSerializer.Serialize(record.Recipients), null, record.PreviousHash,
        });
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(encoding)));

        Assert.Equal(expected, record.Hash);
        Assert.Equal(AuditVerification.Intact(1), await VerifyAsync());
    }
}
