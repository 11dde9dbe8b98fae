using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Agencies;

public sealed class AgenciesRpcTests : IDisposable
{
    private readonly WorkingGroupServiceFactory _factory = new();
    private readonly V1.AgenciesService.AgenciesServiceClient _client;

    public AgenciesRpcTests() => _client = new V1.AgenciesService.AgenciesServiceClient(_factory.Channel);

    // Each co-chair registers its own participant's agencies.
    private AsyncUnaryCall<V1.CreateAgencyResponse> CreateAsync(V1.CreateAgencyRequest request) =>
        new V1.AgenciesService.AgenciesServiceClient(_factory.ChannelFor(request.Participant == TypeV1.Participant.Bg ? "bg-co-chair" : "uk-co-chair"))
            .CreateAgencyAsync(request);

    private static V1.CreateAgencyRequest BorderPolice() => new()
    {
        Participant = TypeV1.Participant.Bg,
        NameEn = "Border Police",
        NameBg = "Главна дирекция „Гранична полиция“",
        Kind = V1.AgencyKind.Border,
    };

    [Fact]
    public async Task CreateAgency_returns_the_stored_agency()
    {
        var created = (await CreateAsync(BorderPolice())).Agency;

        Assert.True(Guid.TryParse(created.Id, out _));
        Assert.Equal((TypeV1.Participant.Bg, "Border Police", V1.AgencyKind.Border), (created.Participant, created.NameEn, created.Kind));
        Assert.Equal(_factory.Clock.GetUtcNow(), created.CreatedAt.ToDateTimeOffset());
        var read = (await _client.GetAgencyAsync(new V1.GetAgencyRequest { AgencyId = created.Id })).Agency;
        Assert.Equal(created, read);
    }

    [Theory]
    [InlineData("participant")]
    [InlineData("name_en")]
    [InlineData("name_bg")]
    [InlineData("kind")]
    public async Task CreateAgency_without_a_required_field_names_it(string field)
    {
        var request = BorderPolice();
        switch (field)
        {
            case "participant": request.Participant = TypeV1.Participant.Unspecified; break;
            case "name_en": request.NameEn = " "; break;
            case "name_bg": request.NameBg = ""; break;
            default: request.Kind = V1.AgencyKind.Unspecified; break;
        }

        await RpcAssert.InvalidArgumentAsync(field, () => CreateAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task CreateAgency_with_a_name_the_participant_already_registered_already_exists()
    {
        await CreateAsync(BorderPolice());

        await RpcAssert.ThrowsAsync(StatusCode.AlreadyExists, () => CreateAsync(BorderPolice()).ResponseAsync);
    }

    [Fact]
    public async Task GetAgency_of_an_unknown_agency_is_not_found() =>
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => _client.GetAgencyAsync(new V1.GetAgencyRequest { AgencyId = Guid.NewGuid().ToString() }).ResponseAsync);

    [Fact]
    public async Task GetAgency_with_a_malformed_id_names_agency_id() =>
        await RpcAssert.InvalidArgumentAsync("agency_id",
            () => _client.GetAgencyAsync(new V1.GetAgencyRequest { AgencyId = "nope" }).ResponseAsync);

    [Fact]
    public async Task ListAgencies_filters_by_participant_and_kind()
    {
        await CreateAsync(BorderPolice());
        await CreateAsync(new V1.CreateAgencyRequest
        {
            Participant = TypeV1.Participant.Uk, NameEn = "Border Force", NameBg = "Гранични сили", Kind = V1.AgencyKind.Border,
        });
        await CreateAsync(new V1.CreateAgencyRequest
        {
            Participant = TypeV1.Participant.Uk, NameEn = "Home Office", NameBg = "Министерство", Kind = V1.AgencyKind.Ministry,
        });

        var uk = await _client.ListAgenciesAsync(new V1.ListAgenciesRequest { Participant = TypeV1.Participant.Uk });
        var borders = await _client.ListAgenciesAsync(new V1.ListAgenciesRequest { Kind = V1.AgencyKind.Border });

        Assert.Equal(["Border Force", "Home Office"], uk.Agencies.Select(a => a.NameEn));
        Assert.Equal(["Border Police", "Border Force"], borders.Agencies.Select(a => a.NameEn));
    }

    [Fact]
    public async Task ListAgencies_pages_with_next_page_token()
    {
        foreach (var name in new[] { "A", "B", "C" })
        {
            await CreateAsync(new V1.CreateAgencyRequest
            {
                Participant = TypeV1.Participant.Bg, NameEn = name, NameBg = name, Kind = V1.AgencyKind.Police,
            });
        }

        var first = await _client.ListAgenciesAsync(new V1.ListAgenciesRequest { PageSize = 2 });
        var second = await _client.ListAgenciesAsync(new V1.ListAgenciesRequest { PageSize = 2, PageToken = first.NextPageToken });

        Assert.Equal(["A", "B"], first.Agencies.Select(a => a.NameEn));
        Assert.Equal(["C"], second.Agencies.Select(a => a.NameEn));
        Assert.Empty(second.NextPageToken);
    }

    [Fact]
    public async Task ListAgencies_with_a_foreign_page_token_or_size_names_the_field()
    {
        await RpcAssert.InvalidArgumentAsync("page_token",
            () => _client.ListAgenciesAsync(new V1.ListAgenciesRequest { PageToken = "garbage!" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("page_size",
            () => _client.ListAgenciesAsync(new V1.ListAgenciesRequest { PageSize = -1 }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("kind",
            () => _client.ListAgenciesAsync(new V1.ListAgenciesRequest { Kind = (V1.AgencyKind)99 }).ResponseAsync);
    }

    public void Dispose() => _factory.Dispose();
}
