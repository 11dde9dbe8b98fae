using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Officials;

/// <summary>One host for the class: each test designates officials of agencies of its own and looks only at those.</summary>
public sealed class OfficialsRpcTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private readonly WorkingGroupServiceFactory _factory = factory;
    private readonly V1.OfficialsService.OfficialsServiceClient _client = new(factory.Channel);

    private static V1.DesignateOfficialRequest Request(string agencyId) => new()
    {
        AgencyId = agencyId,
        FullName = "Example Official",
        RoleTitle = "Head of unit",
        WorkEmail = $"example.official.{Guid.NewGuid():N}@agency.example",
        WorkPhone = "+359 2 982 5000",
        Purpose = "Working-group membership and meeting invitations",
        LegalBasis = V1.LegalBasis.PublicTask,
    };

    private const string Why = "Inviting officials to the quarterly meeting";

    [Fact]
    public async Task DesignateOfficial_returns_the_stored_official_with_the_agencys_participant()
    {
        var agency = await Arrange.AgencyAsync(_factory, TypeV1.Participant.Bg);

        var request = Request(agency.Id);
        var official = (await _client.DesignateOfficialAsync(request)).Official;

        Assert.Equal((agency.Id, TypeV1.Participant.Bg, request.WorkEmail, "+359 2 982 5000"),
            (official.AgencyId, official.Participant, official.WorkEmail, official.WorkPhone));
        Assert.Equal(("Working-group membership and meeting invitations", V1.LegalBasis.PublicTask, false),
            (official.Purpose, official.LegalBasis, official.Erased));
        Assert.Equal(official, (await _client.GetOfficialAsync(new V1.GetOfficialRequest { OfficialId = official.Id, Justification = Why })).Official);
    }

    [Theory]
    [InlineData("agency_id")]
    [InlineData("full_name")]
    [InlineData("role_title")]
    [InlineData("work_email")]
    [InlineData("work_phone")]
    [InlineData("purpose")]
    [InlineData("legal_basis")]
    public async Task DesignateOfficial_with_a_missing_or_malformed_field_names_it(string field)
    {
        var request = Request(Guid.NewGuid().ToString());
        switch (field)
        {
            case "agency_id": request.AgencyId = "x"; break;
            case "full_name": request.FullName = ""; break;
            case "role_title": request.RoleTitle = new string('r', 201); break;
            case "work_email": request.WorkEmail = "official@localhost"; break;
            case "work_phone": request.WorkPhone = "call me"; break;
            case "legal_basis": request.LegalBasis = V1.LegalBasis.Unspecified; break;
            default: request.Purpose = " "; break;
        }

        await RpcAssert.InvalidArgumentAsync(field, () => _client.DesignateOfficialAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task DesignateOfficial_for_an_unknown_agency_is_not_found() =>
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => _client.DesignateOfficialAsync(Request(Guid.NewGuid().ToString())).ResponseAsync);

    [Fact]
    public async Task DesignateOfficial_with_a_work_email_already_designated_already_exists()
    {
        var agency = await Arrange.AgencyAsync(_factory, TypeV1.Participant.Uk);
        var first = Request(agency.Id);
        await _client.DesignateOfficialAsync(first);
        var again = Request(agency.Id);
        again.WorkEmail = first.WorkEmail.Replace("example.official", "Example.Official", StringComparison.Ordinal).Replace("agency.example", "Agency.Example", StringComparison.Ordinal);

        await RpcAssert.ThrowsAsync(StatusCode.AlreadyExists, () => _client.DesignateOfficialAsync(again).ResponseAsync);
    }

    [Fact]
    public async Task GetOfficial_of_an_unknown_official_is_not_found_and_a_malformed_id_is_invalid()
    {
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => _client.GetOfficialAsync(new V1.GetOfficialRequest { OfficialId = Guid.NewGuid().ToString(), Justification = Why }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("official_id",
            () => _client.GetOfficialAsync(new V1.GetOfficialRequest { Justification = Why }).ResponseAsync);
    }

    [Fact]
    public async Task ListOfficials_filters_by_agency_and_participant_and_pages()
    {
        var uk = await Arrange.AgencyAsync(_factory, TypeV1.Participant.Uk);
        var bg = await Arrange.AgencyAsync(_factory, TypeV1.Participant.Bg);
        var alice = await Arrange.OfficialAsync(_factory.Channel, uk.Id, "Alice");
        var bob = await Arrange.OfficialAsync(_factory.Channel, uk.Id, "Bob");
        var boris = await Arrange.OfficialAsync(_factory.Channel, bg.Id, "Boris");
        string[] own = [alice.Id, bob.Id, boris.Id];

        var ofUkAgency = await _client.ListOfficialsAsync(new V1.ListOfficialsRequest { Justification = Why, AgencyId = uk.Id });
        var ofBg = await _client.ListOfficialsAsync(new V1.ListOfficialsRequest { Justification = Why, Participant = TypeV1.Participant.Bg, PageSize = PageRequest.MaxSize });
        var whole = await _client.ListOfficialsAsync(new V1.ListOfficialsRequest { Justification = Why, PageSize = PageRequest.MaxSize });
        var pages = new List<V1.ListOfficialsResponse> { await _client.ListOfficialsAsync(new V1.ListOfficialsRequest { Justification = Why, PageSize = 2 }) };
        while (pages[^1].NextPageToken.Length > 0)
        {
            pages.Add(await _client.ListOfficialsAsync(new V1.ListOfficialsRequest { Justification = Why, PageSize = 2, PageToken = pages[^1].NextPageToken }));
        }

        Assert.Equal(["Alice", "Bob"], ofUkAgency.Officials.Select(o => o.FullName));
        Assert.Equal(["Boris"], ofBg.Officials.Where(o => own.Contains(o.Id)).Select(o => o.FullName));
        Assert.All(ofBg.Officials, o => Assert.Equal(TypeV1.Participant.Bg, o.Participant));
        Assert.All(pages[..^1], page => Assert.Equal(2, page.Officials.Count));
        Assert.Equal(whole.Officials, pages.SelectMany(p => p.Officials));
        Assert.Equal(["Alice", "Bob", "Boris"], whole.Officials.Where(o => own.Contains(o.Id)).Select(o => o.FullName));
        await RpcAssert.InvalidArgumentAsync("agency_id",
            () => _client.ListOfficialsAsync(new V1.ListOfficialsRequest { Justification = Why, AgencyId = "not-a-uuid" }).ResponseAsync);
    }
}
