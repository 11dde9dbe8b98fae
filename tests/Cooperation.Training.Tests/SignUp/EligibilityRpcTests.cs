using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Training.Catalogue;
using Cooperation.Training.Tests.Events;
using Cooperation.Training.Tests.Infrastructure;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.SignUp;

/// <summary>Eligibility stored with the activity and checked at nomination; per-agency quotas of an event.</summary>
public sealed class EligibilityRpcTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    private static readonly string Nca = DevelopmentPersonas.UkNationalCrimeAgency.ToString();
    private static readonly string BgBorderPolice = DevelopmentPersonas.BgBorderPolice.ToString();

    private V1.SignUpService.SignUpServiceClient Client => new(factory.ChannelFor(Personas.UkCoordinator));

    private V1.SignUpService.SignUpServiceClient BgClient => new(factory.ChannelFor(Personas.BgCoordinator));

    [Fact]
    public async Task CreateActivity_stores_the_eligibility_and_names_its_bad_fields()
    {
        var activity = await EventRequests.PublishedActivityAsync(factory, r => r.Eligibility = Rules());

        Assert.Equal(Rules(), activity.Eligibility);
        var catalogue = new V1.CatalogueService.CatalogueServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        Assert.Equal(Rules(), (await catalogue.GetActivityAsync(new V1.GetActivityRequest { ActivityId = activity.Id })).Activity.Eligibility);

        var bad = CatalogueRequestsWith(new V1.Eligibility { MinimumYearsOfExperience = 61 });
        bad.Eligibility.Languages.Add(new V1.LanguageProficiency { Language = "en" });
        bad.Eligibility.AdmittedAgencyIds.Add("not-a-uuid");
        foreach (var field in new[] { "eligibility.minimum_years_of_experience", "eligibility.languages[0].level", "eligibility.admitted_agency_ids[0]" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => catalogue.CreateActivityAsync(bad).ResponseAsync);
        }
    }

    [Fact]
    public async Task NominateOfficial_refuses_an_ineligible_official_naming_the_rule_and_why()
    {
        var trainingEvent = await EventAsync(Rules());

        var years = await RpcAssert.ThrowsAsync(StatusCode.FailedPrecondition, () => NominateAsync(trainingEvent.Id, years: 3, ("en", V1.CefrLevel.C1)));
        Assert.Contains("needs 5 years of experience, has 3", years.Status.Detail, StringComparison.OrdinalIgnoreCase);
        await RpcAssert.FailedPreconditionAsync(EligibilityRules.YearsOfExperience, () => NominateAsync(trainingEvent.Id, years: 3, ("en", V1.CefrLevel.C1)));
        await RpcAssert.FailedPreconditionAsync(EligibilityRules.LanguageLevel, () => NominateAsync(trainingEvent.Id, years: 8, ("en", V1.CefrLevel.B1)));
        await RpcAssert.FailedPreconditionAsync(EligibilityRules.LanguageLevel, () => NominateAsync(trainingEvent.Id, years: 8));
        var booked = await NominateAsync(trainingEvent.Id, years: 5, ("en", V1.CefrLevel.B2), ("bg", V1.CefrLevel.A1));
        Assert.Equal(V1.BookingStatus.Booked, booked.Status);
        Assert.True(booked.NewToProgramme);

        var bgOnly = await EventAsync(new V1.Eligibility { AdmittedParticipants = { TypeV1.Participant.Bg } });
        await RpcAssert.FailedPreconditionAsync(EligibilityRules.ParticipantAdmitted, () => NominateAsync(bgOnly.Id, years: 1));
        var borderPoliceOnly = await EventAsync(new V1.Eligibility { AdmittedAgencyIds = { BgBorderPolice } });
        await RpcAssert.FailedPreconditionAsync(EligibilityRules.AgencyAdmitted, () => NominateAsync(borderPoliceOnly.Id, years: 1));
        var bg = (await BgClient.NominateOfficialAsync(new V1.NominateOfficialRequest
        {
            EventId = borderPoliceOnly.Id, OfficialId = Guid.NewGuid().ToString(), AgencyId = BgBorderPolice,
        })).Booking;
        Assert.Equal(V1.BookingStatus.Booked, bg.Status);
    }

    [Fact]
    public async Task NominateOfficial_names_a_bad_experience_or_language()
    {
        var trainingEvent = await EventAsync(Rules());

        await RpcAssert.InvalidArgumentAsync("years_of_experience", () => NominateAsync(trainingEvent.Id, years: -1));
        await RpcAssert.InvalidArgumentAsync("languages[0].language", () => NominateAsync(trainingEvent.Id, years: 5, ("english", V1.CefrLevel.C1)));
        await RpcAssert.InvalidArgumentAsync("languages[0].level", () => NominateAsync(trainingEvent.Id, years: 5, ("en", V1.CefrLevel.Unspecified)));
        await RpcAssert.InvalidArgumentAsync("languages", () => NominateAsync(trainingEvent.Id, years: 5, ("en", V1.CefrLevel.C1), ("EN", V1.CefrLevel.C2)));
    }

    [Fact]
    public async Task A_per_agency_quota_wait_lists_the_agencys_extra_officials_and_leaves_seats_for_the_others()
    {
        var activity = await EventRequests.PublishedActivityAsync(factory);
        var request = EventRequests.NewEvent(activity.Id, capacity: 3);
        request.AgencyQuota = 1;
        var events = new V1.EventsService.EventsServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        var trainingEvent = (await events.ScheduleEventAsync(request)).Event;
        Assert.Equal(1, trainingEvent.AgencyQuota);

        var first = await NominateAsync(trainingEvent.Id, years: 1);
        var second = await NominateAsync(trainingEvent.Id, years: 1);
        var bg = (await BgClient.NominateOfficialAsync(new V1.NominateOfficialRequest
        {
            EventId = trainingEvent.Id, OfficialId = Guid.NewGuid().ToString(), AgencyId = BgBorderPolice,
        })).Booking;

        Assert.Equal(V1.BookingStatus.Booked, first.Status);
        Assert.Equal(V1.BookingStatus.WaitListed, second.Status);
        Assert.Equal(V1.BookingStatus.Booked, bg.Status);
        var withdrawn = await Client.WithdrawBookingAsync(new V1.WithdrawBookingRequest { BookingId = first.Id });
        Assert.Equal(second.Id, Assert.Single(withdrawn.Promoted).Id);

        request.AgencyQuota = 4;
        await RpcAssert.InvalidArgumentAsync("agency_quota", () => events.ScheduleEventAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task A_returning_official_waits_behind_newcomers_where_the_activity_prefers_them()
    {
        // An official who completed training of the programme before returns to it.
        var (held, heldBookings) = await Completion.ScheduledEvents.ScheduleAsync(factory, 1);
        await Completion.ScheduledEvents.HoldAndCompleteAsync(factory, held, heldBookings);
        var listedHeld = await Client.ListBookingsAsync(new V1.ListBookingsRequest { EventId = held.Id });
        var returningOfficial = listedHeld.Bookings.Single().OfficialId;
        var (preferring, _) = await Completion.ScheduledEvents.ScheduleAsync(factory, 1,
            r => r.Eligibility = new V1.Eligibility { NewToProgrammePreferred = true });
        await Client.ChangeEventCapacityAsync(new V1.ChangeEventCapacityRequest { EventId = preferring.Id, Capacity = 1 });

        var returning = await NominateAsync(preferring.Id, years: 1, officialId: returningOfficial);
        var newcomer = await NominateAsync(preferring.Id, years: 1);

        Assert.False(returning.NewToProgramme);
        Assert.True(newcomer.NewToProgramme);
        Assert.True(returning.WaitListPosition < newcomer.WaitListPosition);
        var waiting = (await Client.ListBookingsAsync(new V1.ListBookingsRequest { EventId = preferring.Id })).Bookings
            .Where(b => b.Status == V1.BookingStatus.WaitListed).Select(b => b.Id);
        Assert.Equal([newcomer.Id, returning.Id], waiting);
        var booked = Assert.Single((await Client.ListBookingsAsync(new V1.ListBookingsRequest { EventId = preferring.Id })).Bookings,
            b => b.Status == V1.BookingStatus.Booked);
        var promoted = await Client.WithdrawBookingAsync(new V1.WithdrawBookingRequest { BookingId = booked.Id });
        Assert.Equal(newcomer.Id, Assert.Single(promoted.Promoted).Id);
    }

    private static V1.Eligibility Rules()
    {
        var rules = new V1.Eligibility { MinimumYearsOfExperience = 5, NewToProgrammePreferred = true };
        rules.Languages.Add(new V1.LanguageProficiency { Language = "en", Level = V1.CefrLevel.B2 });
        return rules;
    }

    private static V1.CreateActivityRequest CatalogueRequestsWith(V1.Eligibility eligibility)
    {
        var request = Catalogue.CatalogueRequests.NewActivity();
        request.Eligibility = eligibility;
        return request;
    }

    private Task<V1.Booking> NominateAsync(string eventId, int years, params (string Language, V1.CefrLevel Level)[] languages) =>
        NominateAsync(eventId, years, null, languages);

    private async Task<V1.Booking> NominateAsync(string eventId, int years, string? officialId, params (string Language, V1.CefrLevel Level)[] languages)
    {
        var request = new V1.NominateOfficialRequest
        {
            EventId = eventId, OfficialId = officialId ?? Guid.NewGuid().ToString(), AgencyId = Nca, YearsOfExperience = years,
        };
        request.Languages.AddRange(languages.Select(l => new V1.LanguageProficiency { Language = l.Language, Level = l.Level }));
        return (await Client.NominateOfficialAsync(request)).Booking;
    }

    private async Task<V1.TrainingEvent> EventAsync(V1.Eligibility eligibility)
    {
        var activity = await EventRequests.PublishedActivityAsync(factory, r => r.Eligibility = eligibility);
        var events = new V1.EventsService.EventsServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        return (await events.ScheduleEventAsync(EventRequests.NewEvent(activity.Id))).Event;
    }
}
