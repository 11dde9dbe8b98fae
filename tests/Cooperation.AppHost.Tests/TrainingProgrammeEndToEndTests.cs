using Cooperation.AppHost.Tests.Infrastructure;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Contracts.WorkingGroup.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using Training = Cooperation.Contracts.Training.V1;

namespace Cooperation.AppHost.Tests;

/// <summary>
/// The working group and the training service over the real broker, end to end: a training
/// project the group agrees becomes a programme item, and the first session held of one of its
/// events shows the project commenced back in the working group.
/// </summary>
[Collection(StartedStackDefinition.Name)]
public sealed class TrainingProgrammeEndToEndTests(StackFixture stack)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task An_agreed_training_project_becomes_a_programme_item_and_its_first_held_session_commences_it_in_the_working_group()
    {
        var project = await new WorkingGroupAgreement(stack.Stack).AgreeProjectAsync(ProjectWorkstream.Training,
            DevelopmentPersonas.UkNationalCrimeAgency, $"Joint document fraud course {Guid.NewGuid():N}",
            "A course for both participants' border officers.");
        using var ukCoChair = stack.Stack.ChannelTo("working-group", "uk-co-chair");

        using var training = stack.Stack.ChannelTo("training", "uk-training-coordinator");
        var programme = new Training.ProgrammeService.ProgrammeServiceClient(training);
        var item = await UntilAsync(async () =>
        {
            var page = await programme.ListProgrammeItemsAsync(new Training.ListProgrammeItemsRequest { PageSize = 200 }, deadline: Deadline());
            return page.Items.FirstOrDefault(i => i.Id == project.Id);
        }, "the agreed project to reach the training programme");
        Assert.Equal(project.Title, item.Title);

        var (trainingEvent, bookingId) = await ScheduleAndBookAsync(training, item.Id);
        var completion = new Training.CompletionService.CompletionServiceClient(training);
        var marks = new Training.RecordAttendanceRequest { EventId = trainingEvent.Id, SessionId = trainingEvent.Sessions[0].Id };
        marks.Entries.Add(new Training.AttendanceEntry { BookingId = bookingId, Mark = Training.AttendanceMark.Present });
        // Attendance is marked once the session has started, a few seconds from now on the service's clock.
        await UntilAsync(async () =>
        {
            try
            {
                return await completion.RecordAttendanceAsync(marks, deadline: Deadline());
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
            {
                return null;
            }
        }, "the session to start and its attendance to be recorded");

        var projects = new ProjectsService.ProjectsServiceClient(ukCoChair);
        var commenced = await UntilAsync(async () =>
        {
            var read = (await projects.GetProjectAsync(new GetProjectRequest { ProjectId = project.Id }, deadline: Deadline())).Project;
            return read.CommencedOn is null ? null : read;
        }, "the working group to see the project commenced");
        Assert.Equal(ProjectStatus.Commenced, commenced.Status);
    }

    /// <summary>A published activity, an event delivering the item whose first session starts in a few seconds, and one NCA official booked on it.</summary>
    private static async Task<(Training.TrainingEvent Event, string BookingId)> ScheduleAndBookAsync(Grpc.Net.Client.GrpcChannel training, string itemId)
    {
        var nca = DevelopmentPersonas.UkNationalCrimeAgency.ToString();
        var catalogue = new Training.CatalogueService.CatalogueServiceClient(training);
        var activity = new Training.CreateActivityRequest
        {
            Code = "E2E-" + Guid.NewGuid().ToString("N")[..12], Kind = Training.ActivityKind.Course,
            TitleEn = "Detecting forged travel documents", TitleBg = "Разкриване на подправени документи за пътуване",
            DescriptionEn = "Document examination.", DescriptionBg = "Проверка на документи.", TargetGroup = "Border officers", OwnerAgencyId = nca,
        };
        activity.Themes.Add(TypeV1.CooperationAreaTag.BorderSecurity);
        activity.Languages.Add("en");
        var created = (await catalogue.CreateActivityAsync(activity, deadline: Deadline())).Activity;
        await catalogue.PublishActivityAsync(new Training.PublishActivityRequest { ActivityId = created.Id }, deadline: Deadline());

        var starts = DateTimeOffset.UtcNow.AddSeconds(20);
        var request = new Training.ScheduleEventRequest
        {
            ActivityId = created.Id, HostParticipant = TypeV1.Participant.Uk, HostAgencyId = nca, Venue = "NCA Academy, London",
            VenueTimeZone = "Europe/London", Language = "en", Capacity = 5, Approval = Training.ApprovalMode.None, ProgrammeItemId = itemId,
            SignUpOpensAt = Timestamp.FromDateTimeOffset(starts.AddDays(-1)), SignUpClosesAt = Timestamp.FromDateTimeOffset(starts),
            CancellationCutoff = Timestamp.FromDateTimeOffset(starts),
        };
        request.Sessions.Add(new Training.SessionSlot { StartsAt = Timestamp.FromDateTimeOffset(starts), EndsAt = Timestamp.FromDateTimeOffset(starts.AddHours(2)) });
        var trainingEvent = (await new Training.EventsService.EventsServiceClient(training).ScheduleEventAsync(request, deadline: Deadline())).Event;
        var booking = (await new Training.SignUpService.SignUpServiceClient(training).NominateOfficialAsync(new Training.NominateOfficialRequest
        {
            EventId = trainingEvent.Id, OfficialId = Guid.NewGuid().ToString(), AgencyId = nca,
        }, deadline: Deadline())).Booking;
        Assert.Equal(Training.BookingStatus.Booked, booking.Status);
        return (trainingEvent, booking.Id);
    }

    private static DateTime Deadline() => DateTime.UtcNow.Add(CallTimeout);

    // Polls until the probe answers something, or fails the test after the delivery timeout.
    private static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, string what)
        where T : class
    {
        using var timeout = new CancellationTokenSource(DeliveryTimeout);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Timed out after {DeliveryTimeout.TotalSeconds} s waiting for {what}.");
            }
        }
    }
}
