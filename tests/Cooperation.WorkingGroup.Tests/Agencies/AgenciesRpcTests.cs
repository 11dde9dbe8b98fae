using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Agencies;

/// <summary>One host for the class: each test registers agencies under names of its own and looks only at those.</summary>
public sealed class AgenciesRpcTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private readonly WorkingGroupServiceFactory _factory = factory;
    private readonly V1.AgenciesService.AgenciesServiceClient _client = new(factory.Channel);

    /// <summary>A name no other test of the class uses.</summary>
    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}";

    // Each co-chair registers its own participant's agencies.
    private AsyncUnaryCall<V1.CreateAgencyResponse> CreateAsync(V1.CreateAgencyRequest request) =>
        new V1.AgenciesService.AgenciesServiceClient(_factory.ChannelFor(request.Participant == TypeV1.Participant.Bg ? "bg-co-chair" : "uk-co-chair"))
            .CreateAgencyAsync(request);

    private static V1.CreateAgencyRequest BorderPolice(string? nameEn = null) => new()
    {
        Participant = TypeV1.Participant.Bg,
        NameEn = nameEn ?? Unique("Border Police"),
        NameBg = "Главна дирекция „Гранична полиция“",
        Kind = V1.AgencyKind.Border,
    };

    [Fact]
    public async Task CreateAgency_returns_the_stored_agency()
    {
        var request = BorderPolice();
        var created = (await CreateAsync(request)).Agency;

        Assert.True(Guid.TryParse(created.Id, out _));
        Assert.Equal((TypeV1.Participant.Bg, request.NameEn, V1.AgencyKind.Border), (created.Participant, created.NameEn, created.Kind));
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
        var name = Unique("Border Police");
        await CreateAsync(BorderPolice(name));

        await RpcAssert.ThrowsAsync(StatusCode.AlreadyExists, () => CreateAsync(BorderPolice(name)).ResponseAsync);
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
        // Names sort in creation order within a participant, and every name is the test's own.
        var prefix = $"{Guid.NewGuid():N} ";
        string Named(string name) => prefix + name;
        await CreateAsync(BorderPolice(Named("Border Police")));
        await CreateAsync(new V1.CreateAgencyRequest
        {
            Participant = TypeV1.Participant.Uk, NameEn = Named("Border Force"), NameBg = "Гранични сили", Kind = V1.AgencyKind.Border,
        });
        await CreateAsync(new V1.CreateAgencyRequest
        {
            Participant = TypeV1.Participant.Uk, NameEn = Named("Home Office"), NameBg = "Министерство", Kind = V1.AgencyKind.Ministry,
        });

        var uk = await _client.ListAgenciesAsync(new V1.ListAgenciesRequest { Participant = TypeV1.Participant.Uk, PageSize = PageRequest.MaxSize });
        var borders = await _client.ListAgenciesAsync(new V1.ListAgenciesRequest { Kind = V1.AgencyKind.Border, PageSize = PageRequest.MaxSize });

        IEnumerable<string> Own(V1.ListAgenciesResponse response) =>
            response.Agencies.Select(a => a.NameEn).Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Select(n => n[prefix.Length..]);
        Assert.Equal(["Border Force", "Home Office"], Own(uk));
        Assert.Equal(["Border Police", "Border Force"], Own(borders));
        Assert.All(uk.Agencies, a => Assert.Equal(TypeV1.Participant.Uk, a.Participant));
        Assert.All(borders.Agencies, a => Assert.Equal(V1.AgencyKind.Border, a.Kind));
    }

    [Fact]
    public async Task ListAgencies_pages_with_next_page_token()
    {
        var prefix = $"{Guid.NewGuid():N} ";
        foreach (var name in new[] { "A", "B", "C" })
        {
            await CreateAsync(new V1.CreateAgencyRequest
            {
                Participant = TypeV1.Participant.Bg, NameEn = prefix + name, NameBg = name, Kind = V1.AgencyKind.Police,
            });
        }

        var whole = await _client.ListAgenciesAsync(new V1.ListAgenciesRequest { PageSize = PageRequest.MaxSize });
        var pages = new List<V1.ListAgenciesResponse> { await _client.ListAgenciesAsync(new V1.ListAgenciesRequest { PageSize = 2 }) };
        while (pages[^1].NextPageToken.Length > 0)
        {
            pages.Add(await _client.ListAgenciesAsync(new V1.ListAgenciesRequest { PageSize = 2, PageToken = pages[^1].NextPageToken }));
        }

        Assert.All(pages[..^1], page => Assert.Equal(2, page.Agencies.Count));
        Assert.InRange(pages[^1].Agencies.Count, 1, 2);
        Assert.Equal(whole.Agencies, pages.SelectMany(p => p.Agencies));
        Assert.Equal(["A", "B", "C"], whole.Agencies.Select(a => a.NameEn).Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Select(n => n[prefix.Length..]));
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
}
