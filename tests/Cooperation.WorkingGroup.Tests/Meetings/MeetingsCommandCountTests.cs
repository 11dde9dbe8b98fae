using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Cooperation.WorkingGroup.Tests.Meetings;

/// <summary>The meetings reads run a fixed number of database commands whatever the page size.</summary>
public sealed class MeetingsCommandCountTests(WorkingGroupServiceFactory factory, ITestOutputHelper output) : IClassFixture<WorkingGroupServiceFactory>
{
    private const int ManyMeetings = 25;
    private const int ListMeetingsBound = 5;

    private MeetingsService.MeetingsServiceClient Client => factory.Meetings();

    [Fact]
    public async Task ListMeetings_runs_as_many_commands_for_a_page_of_one_as_for_a_page_of_many()
    {
        var programme = await factory.SharedProgrammeAsync();
        var held = await factory.HoldAsync(programme, "2023-12-04", programme.BgMember);
        await factory.DecideAsync(held, binding: false, "Note the report");
        await factory.DecideJointlyAsync(held);
        await AddItemAsync(held, programme.BgMember);
        await AddItemAsync(held, programme.UkMember);
        for (var i = 1; i < ManyMeetings; i++)
        {
            await factory.ScheduleAsync("2024-01-15", $"Item {i}");
        }

        var one = new ListMeetingsRequest { From = WireDates.On("2023-12-04"), To = WireDates.On("2024-01-15"), PageSize = 1 };
        var many = new ListMeetingsRequest { From = WireDates.On("2023-12-04"), To = WireDates.On("2024-01-15"), PageSize = ManyMeetings };
        Assert.Single((await Client.ListMeetingsAsync(one)).Meetings);
        Assert.Equal(ManyMeetings, (await Client.ListMeetingsAsync(many)).Meetings.Count);

        var forOne = await factory.CommandsOfAsync(() => Client.ListMeetingsAsync(one).ResponseAsync);
        var forMany = await factory.CommandsOfAsync(() => Client.ListMeetingsAsync(many).ResponseAsync);

        output.WriteLine($"ListMeetings ran {forOne} commands for a page of 1 and {forMany} for a page of {ManyMeetings}.");
        Assert.True(forOne == forMany && forMany <= ListMeetingsBound, $"ListMeetings ran {forOne} commands for a page of 1 and {forMany} for a page of {ManyMeetings}.");
    }

    [Fact]
    public async Task GetMeeting_runs_as_many_commands_for_a_bare_meeting_as_for_a_full_one()
    {
        var programme = await factory.SharedProgrammeAsync();
        var held = await factory.HoldAsync(programme, "2023-12-04", programme.BgMember, programme.UkMember);
        for (var i = 0; i < 5; i++)
        {
            await factory.DecideAsync(held, binding: false, $"Note report {i}");
            await AddItemAsync(held, programme.BgMember);
        }

        var bare = await factory.ScheduleAsync("2024-02-01");

        var forBare = await factory.CommandsOfAsync(() => Client.GetMeetingAsync(new GetMeetingRequest { MeetingId = bare.Id }).ResponseAsync);
        var forFull = await factory.CommandsOfAsync(() => Client.GetMeetingAsync(new GetMeetingRequest { MeetingId = held.Id }).ResponseAsync);

        output.WriteLine($"GetMeeting ran {forBare} commands for a bare meeting and {forFull} for a full one.");
        Assert.True(forBare == forFull && forFull <= ListMeetingsBound, $"GetMeeting ran {forBare} commands for a bare meeting and {forFull} for a full one.");
    }

    [Fact]
    public async Task ListActionItems_runs_as_many_commands_for_a_page_of_one_as_for_a_page_of_many()
    {
        var programme = await factory.SharedProgrammeAsync();
        var held = await factory.HoldAsync(programme);
        var owner = await factory.AddOfficialAsync(programme.BgAgency);
        for (var i = 0; i < 20; i++)
        {
            await AddItemAsync(held, owner);
        }

        var one = new ListActionItemsRequest { OwnerOfficialId = owner.ToString(), PageSize = 1 };
        var many = new ListActionItemsRequest { OwnerOfficialId = owner.ToString(), PageSize = 20 };
        Assert.Equal(20, (await Client.ListActionItemsAsync(many)).ActionItems.Count);

        var forOne = await factory.CommandsOfAsync(() => Client.ListActionItemsAsync(one).ResponseAsync);
        var forMany = await factory.CommandsOfAsync(() => Client.ListActionItemsAsync(many).ResponseAsync);

        output.WriteLine($"ListActionItems ran {forOne} commands for a page of 1 and {forMany} for a page of 20.");
        Assert.True(forOne == forMany && forMany <= 2, $"ListActionItems ran {forOne} commands for a page of 1 and {forMany} for a page of 20.");
    }

    private async Task<ActionItem> AddItemAsync(Meeting meeting, Guid owner) =>
        (await Client.AddActionItemAsync(new AddActionItemRequest
        {
            MeetingId = meeting.Id, Description = "Share the route analysis", OwnerOfficialId = owner.ToString(), DueOn = WireDates.On("2024-03-10"),
        })).ActionItem;
}
