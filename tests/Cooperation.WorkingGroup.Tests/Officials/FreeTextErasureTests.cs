using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.WorkingGroup.Officials;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.PersonalData;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Officials;

/// <summary>
/// Erasure that really erases (¶7): the official's name, work e-mail and phone leave the free text
/// too (minutes, agenda, action items, decisions, debriefs), in the erasure's own transaction, and the
/// audit trail counts the passages without copying them; the export lists them before.
/// </summary>
public sealed class FreeTextErasureTests : IDisposable
{
    private const string Name = "Rosalind Quenby-Example";
    private const string Email = "rosalind.quenby@homeoffice.example";

    // A factory per test: the assertions read whole tables of free text.
    private readonly WorkingGroupServiceFactory _factory = new();

    private V1.PersonalDataService.PersonalDataServiceClient Client => new(_factory.ChannelFor(PersonalDataScenario.UkHomeOfficeCoordinator));

    private async Task<(V1.Official Official, Guid Meeting, Guid Debrief)> ArrangeAsync()
    {
        await _factory.AddPersonaAgenciesAsync();
        var official = await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, Name, Email);
        var (meeting, debrief) = (Guid.NewGuid(), Guid.NewGuid());
        await _factory.ExecuteAsync("""
            INSERT INTO meetings (id, status, scheduled_on, location, format, held_on, minutes, created_at, updated_at)
            VALUES (@Meeting, 'held', '2023-12-01', 'Sofia', 'in_person', '2023-12-01',
                    @Minutes, '2023-11-13T09:00:00Z', '2023-11-13T09:00:00Z');
            INSERT INTO agenda_items (meeting_id, position, title) VALUES (@Meeting, 0, 'Report by ROSALIND QUENBY-EXAMPLE'), (@Meeting, 1, 'Any other business');
            INSERT INTO action_items (id, meeting_id, description, owner_official_id, due_on, status, created_at, updated_at)
            VALUES (@Item, @Meeting, @ItemText, @Official, '2024-01-15', 'open', '2023-12-01T09:00:00Z', '2023-12-01T09:00:00Z');
            INSERT INTO decisions (id, meeting_id, text, binding, recorded_at) VALUES (@Decision, @Meeting, @DecisionText, false, '2023-12-01T09:00:00Z');
            INSERT INTO debriefs (id, operation_reference, operation_date, strengths, areas_for_improvement, multi_agency_lessons, channels, recorded_by_agency_id, recorded_at)
            VALUES (@Debrief, 'OP-ERASE-1', '2023-12-10', @Strengths, ARRAY['Slow hand-over'], ARRAY[]::text[], ARRAY['bilateral'], @Agency, '2023-12-11T09:00:00Z');
            """, new
        {
            Meeting = meeting, Debrief = debrief, Item = Guid.NewGuid(), Decision = Guid.NewGuid(),
            Official = Guid.Parse(official.Id), Agency = DevelopmentPersonas.UkHomeOffice,
            Minutes = $"{Name} presented the route analysis (questions to {Email}, {official.WorkPhone}).",
            ItemText = $"{Name} to circulate the analysis",
            DecisionText = $"Adopt the analysis of {Name}",
            Strengths = new[] { $"Liaison through {Name} was quick", "Joint briefing" },
        });
        return (official, meeting, debrief);
    }

    [Fact]
    public async Task Export_lists_every_passage_of_free_text_that_names_the_official()
    {
        var (official, meeting, debrief) = await ArrangeAsync();

        var export = await Client.ExportOfficialDataAsync(new V1.ExportOfficialDataRequest { OfficialId = official.Id, Justification = PersonalDataScenario.Why });

        Assert.Equal(
            [("action_items", "description"), ("agenda_items", "title"), ("debriefs", "strengths"), ("decisions", "text"), ("meetings", "minutes")],
            export.FreeTextMentions.Select(m => (m.Table, m.Column)));
        Assert.Contains(export.FreeTextMentions, m => m.RecordId == $"{meeting}#0" && m.Text == "Report by ROSALIND QUENBY-EXAMPLE");
        Assert.Contains(export.FreeTextMentions, m => m.RecordId == debrief.ToString() && m.Text == $"Liaison through {Name} was quick");
    }

    [Fact]
    public async Task Erasure_redacts_the_name_email_and_phone_from_free_text_and_counts_the_passages_in_the_audit()
    {
        var (official, meeting, debrief) = await ArrangeAsync();

        await Client.EraseOfficialAsync(new V1.EraseOfficialRequest { OfficialId = official.Id, Justification = "Erasure request of 2024-03-01" });

        await using var connection = await _factory.Services.GetRequiredService<BuildingBlocks.Data.IDbConnectionFactory>().OpenAsync();
        Assert.Equal("[erased] presented the route analysis (questions to [erased], [erased]).",
            await connection.QuerySingleAsync<string>("SELECT minutes FROM meetings WHERE id = @meeting", new { meeting }));
        Assert.Equal(["Report by [erased]", "Any other business"],
            await connection.QueryAsync<string>("SELECT title FROM agenda_items WHERE meeting_id = @meeting ORDER BY position", new { meeting }));
        Assert.Equal("[erased] to circulate the analysis", await connection.QuerySingleAsync<string>("SELECT description FROM action_items"));
        Assert.Equal("Adopt the analysis of [erased]", await connection.QuerySingleAsync<string>("SELECT text FROM decisions"));
        Assert.Equal(["Liaison through [erased] was quick", "Joint briefing"],
            await connection.QuerySingleAsync<string[]>("SELECT strengths FROM debriefs WHERE id = @debrief", new { debrief }));

        var record = Assert.Single(await _factory.AuditOfAsync(OfficialsAudit.FreeTextMentions, official.Id));
        Assert.Equal(["action_items", "agenda_items", "debriefs", "decisions", "meetings"], record.Fields);
        Assert.Equal("Erasure request of 2024-03-01 (passages redacted: action_items 1, agenda_items 1, debriefs 1, decisions 1, meetings 1)",
            record.Justification);
        var trail = string.Join("\n", await connection.QueryAsync<string>("SELECT row_to_json(a)::text FROM audit_records a"));
        Assert.DoesNotContain("Quenby", trail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Email, trail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Erasure_leaves_free_text_about_others_as_written()
    {
        var (official, meeting, _) = await ArrangeAsync();

        await Client.EraseOfficialAsync(new V1.EraseOfficialRequest { OfficialId = official.Id, Justification = "Erasure request of 2024-03-01" });

        await using var connection = await _factory.Services.GetRequiredService<BuildingBlocks.Data.IDbConnectionFactory>().OpenAsync();
        Assert.Equal("Any other business", await connection.QuerySingleAsync<string>(
            "SELECT title FROM agenda_items WHERE meeting_id = @meeting AND position = 1", new { meeting }));
        Assert.Equal(["Slow hand-over"], await connection.QuerySingleAsync<string[]>("SELECT areas_for_improvement FROM debriefs"));
    }

    [Fact]
    public void A_mention_matches_the_recorded_identifiers_literally()
    {
        var official = new Official(Guid.NewGuid(), Guid.NewGuid(), BuildingBlocks.Domain.Participant.UK, "Ann O'Neil (Jr.)", "Officer",
            "ann.oneil@example.org", null, "purpose", DateTimeOffset.UnixEpoch, LegalBasis.PublicTask);

        Assert.Equal(@"Ann O\'Neil \(Jr\.\)|ann\.oneil\@example\.org", OfficialMentions.PatternOf(official));
        Assert.Null(OfficialMentions.PatternOf(official.Anonymised(DateTimeOffset.UnixEpoch)));
    }

    public void Dispose() => _factory.Dispose();
}
