using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Cooperation.AppHost.Tests.Infrastructure;
using Cooperation.Contracts.WorkingGroup.V1;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using Metrics = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.AppHost.Tests.Dashboard;

/// <summary>
/// The programme dashboard in real headless Chromium against the started stack: a person signs in
/// as a persona, a meeting held through the working group's gRPC API moves an indicator's number
/// and RAG on the page without a reload, a metrics restart shows as reconnecting then resumed and
/// the next change still arrives, and the labels switch to Bulgarian. It writes a screenshot. It
/// has a stack of its own (<see cref="DashboardStackDefinition"/>) because it restarts metrics.
/// </summary>
[Collection(DashboardStackDefinition.Name)]
public sealed class DashboardInTheBrowserTests(StackFixture stack, ITestOutputHelper output)
{
    private const string MeetingsHeld = "wg.meetings-held";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(2);

    // A held meeting crosses outbox, broker, inbox and stream on 2 loaded cores: seconds, bounded generously.
    private static readonly TimeSpan ChangeTimeout = TimeSpan.FromSeconds(30);

    // The metrics service stops, starts again and answers its health check.
    private static readonly TimeSpan RestartTimeout = TimeSpan.FromSeconds(90);

    [Fact(Timeout = 420_000)]
    public async Task A_person_sees_a_held_meeting_move_an_indicator_live_through_a_metrics_restart_and_in_Bulgarian()
    {
        using (var ready = new CancellationTokenSource(ReadyTimeout))
        {
            await stack.Stack.App.ResourceNotifications.WaitForResourceHealthyAsync("metrics", ready.Token);
            await stack.Stack.App.ResourceNotifications.WaitForResourceHealthyAsync("dashboard", ready.Token);
        }

        var coChairs = await new WorkingGroupAgreement(stack.Stack).EstablishWithCoChairsAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        page.SetDefaultTimeout((float)ChangeTimeout.TotalMilliseconds);

        await page.GotoAsync(stack.Stack.App.GetEndpoint("dashboard", "http").ToString());
        await page.Locator("[data-persona='uk-co-chair']").ClickAsync();
        var connection = page.Locator("#connection");
        await Expect(connection).ToHaveAttributeAsync("data-state", "live");
        var card = page.Locator($"[data-indicator='{MeetingsHeld}']");
        var value = card.Locator("[data-role=value]");
        var rag = card.Locator("[data-role=rag]");
        await Expect(value).ToBeVisibleAsync();
        var before = ParseCount(await value.TextContentAsync());
        var ragBefore = await rag.GetAttributeAsync("data-rag");

        var clock = Stopwatch.StartNew();
        await HoldMeetingAsync(coChairs);
        await Expect(value).ToHaveTextAsync(Count(before + 1));
        output.WriteLine($"The held meeting reached the page {clock.Elapsed.TotalSeconds:F1} s after HoldMeeting was called.");
        var expectedRag = await RagOfAsync(MeetingsHeld);
        await Expect(rag).ToHaveAttributeAsync("data-rag", expectedRag);
        if (before == 0)
        {
            // Its target is one meeting a quarter: the first moves it from off track to on track.
            Assert.NotEqual(ragBefore, expectedRag);
            Assert.Equal("green", expectedRag);
        }

        var screenshot = Path.Combine(AppContext.BaseDirectory, "dashboard-after-meeting.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot of the page after the change: {screenshot}");
        Console.WriteLine($"Dashboard screenshot: {screenshot}");

        using (var restart = new CancellationTokenSource(RestartTimeout))
        {
            clock.Restart();
            var restarting = stack.Stack.App.ResourceCommands.ExecuteCommandAsync("metrics", KnownResourceCommands.RestartCommand, restart.Token);
            await Expect(connection).ToHaveAttributeAsync("data-state", "reconnecting", new() { Timeout = (float)RestartTimeout.TotalMilliseconds });
            var result = await restarting;
            output.WriteLine($"The orchestrator restarted metrics in {clock.Elapsed.TotalSeconds:F1} s.");
            Assert.True(result.Success, result.Message);
            // The command answers once the new process is launched; until its state is published
            // the resource may still show the old one's exit, which the default behaviour takes as
            // a failed start.
            await stack.Stack.App.ResourceNotifications.WaitForResourceHealthyAsync("metrics", WaitBehavior.WaitOnResourceUnavailable, restart.Token);
        }

        await Expect(connection).ToHaveAttributeAsync("data-state", "resumed", new() { Timeout = (float)RestartTimeout.TotalMilliseconds });
        await HoldMeetingAsync(coChairs);
        await Expect(value).ToHaveTextAsync(Count(before + 2));

        await page.Locator("[data-language=bg]").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "bg");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Програма за сътрудничество България–Обединено кралство");
        await Expect(page.Locator("#indicators-title")).ToHaveTextAsync("Показатели");
        await Expect(rag).ToContainTextAsync(expectedRag == "green" ? "По план" : expectedRag == "amber" ? "В риск" : "Изоставане");
        await Expect(connection).ToHaveTextAsync("На живо: възстановено");
    }

    // The page writes counts with en-GB grouping; "No value yet" counts as none.
    private static int ParseCount(string? text) =>
        int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"), out var count) ? count : 0;

    private static string Count(int count) => count.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));

    private async Task HoldMeetingAsync(Guid[] coChairs)
    {
        using var uk = stack.Stack.ChannelTo("working-group", "uk-co-chair");
        var meetings = new MeetingsService.MeetingsServiceClient(uk);
        var schedule = new ScheduleMeetingRequest { ScheduledOn = Calls.Today(), Location = "Sofia", Format = MeetingFormat.Hybrid };
        schedule.AgendaItems.Add("Figures on the wall screen");
        var meeting = (await meetings.ScheduleMeetingAsync(schedule, deadline: Calls.Deadline())).Meeting;
        var hold = new HoldMeetingRequest { MeetingId = meeting.Id, HeldOn = schedule.ScheduledOn };
        hold.AttendeeOfficialIds.AddRange(coChairs.Select(c => c.ToString()));
        await meetings.HoldMeetingAsync(hold, deadline: Calls.Deadline());
    }

    /// <summary>The RAG the metrics service itself reports, as the page names it.</summary>
    private async Task<string> RagOfAsync(string indicatorId)
    {
        using var metrics = stack.Stack.ChannelTo("metrics", "uk-co-chair");
        var reply = await new Metrics.IndicatorsService.IndicatorsServiceClient(metrics)
            .GetIndicatorAsync(new Metrics.GetIndicatorRequest { IndicatorId = indicatorId }, deadline: Calls.Deadline());
        return reply.Indicator.Status switch
        {
            Metrics.RagStatus.Green => "green",
            Metrics.RagStatus.Amber => "amber",
            Metrics.RagStatus.Red => "red",
            _ => "none",
        };
    }
}
