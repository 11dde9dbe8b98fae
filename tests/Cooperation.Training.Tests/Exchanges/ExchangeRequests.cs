using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Training.Tests.Infrastructure;
using Google.Type;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Exchanges;

/// <summary>Exchanges the tests propose and take through their states: a NCA official (UK) hosted by the BG Border Police.</summary>
internal static class ExchangeRequests
{
    public static readonly string Nca = DevelopmentPersonas.UkNationalCrimeAgency.ToString();

    public static readonly string BorderPolice = DevelopmentPersonas.BgBorderPolice.ToString();

    /// <summary>A training coordinator of UK Border Force: the same participant as the NCA, another agency.</summary>
    public static readonly DevelopmentPersona UkBorderForceCoordinator = new(
        "uk-border-force-training-coordinator", "Training coordinator of UK Border Force",
        Participant.UK, DevelopmentPersonas.UkBorderForce, [CooperationRoles.TrainingCoordinator]);

    public static V1.ExchangesService.ExchangesServiceClient Exchanges(this TrainingServiceFactory factory, string persona = Personas.UkCoordinator) =>
        new(factory.ChannelFor(persona));

    public static V1.ExchangesService.ExchangesServiceClient Exchanges(this TrainingServiceFactory factory, DevelopmentPersona persona) =>
        new(factory.ChannelFor(persona));

    /// <summary>The day <see cref="CompletedAsync"/> completes its exchange: before the factory clock's start (13 Nov 2023).</summary>
    public static readonly Date CompletedOn = new() { Year = 2023, Month = 10, Day = 12 };

    public static V1.ExchangeLeg Leg(int startDay = 8) => new()
    {
        StartsOn = new Date { Year = 2023, Month = 10, Day = startDay },
        EndsOn = new Date { Year = 2023, Month = 10, Day = startDay + 4 },
        Purpose = "Joint border checks and risk profiling",
    };

    /// <summary>An NCA official hosted by the BG Border Police, proposed by the NCA's coordinator.</summary>
    public static V1.ProposeExchangeRequest NcaGuest(string? officialId = null) => new()
    {
        Kind = V1.ExchangeKind.Personnel,
        GuestOfficialId = officialId ?? Guid.NewGuid().ToString(),
        GuestAgencyId = Nca,
        GuestParticipant = TypeV1.Participant.Uk,
        HostAgencyId = BorderPolice,
        HostParticipant = TypeV1.Participant.Bg,
        ReplacementOfficialId = Guid.NewGuid().ToString(),
        Leg = Leg(),
    };

    /// <summary>A BG Border Police official hosted by the NCA, proposed by the Border Police's coordinator.</summary>
    public static V1.ProposeExchangeRequest BorderPoliceGuest() => new()
    {
        Kind = V1.ExchangeKind.Expert,
        GuestOfficialId = Guid.NewGuid().ToString(),
        GuestAgencyId = BorderPolice,
        GuestParticipant = TypeV1.Participant.Bg,
        HostAgencyId = Nca,
        HostParticipant = TypeV1.Participant.Uk,
        Leg = Leg(15),
    };

    public static async Task<V1.Exchange> ProposedAsync(this TrainingServiceFactory factory, string? officialId = null) =>
        (await factory.Exchanges().ProposeExchangeAsync(NcaGuest(officialId))).Exchange;

    public static async Task<V1.Exchange> ApprovedAsync(this TrainingServiceFactory factory, string? officialId = null)
    {
        var exchange = await factory.ProposedAsync(officialId);
        await factory.Exchanges().ApproveExchangeAsync(new V1.ApproveExchangeRequest { ExchangeId = exchange.Id, Reason = "our official is ready" });
        return (await factory.Exchanges(Personas.BgCoordinator).ApproveExchangeAsync(
            new V1.ApproveExchangeRequest { ExchangeId = exchange.Id, Reason = "we can host" })).Exchange;
    }

    public static async Task<V1.Exchange> UnderWayAsync(this TrainingServiceFactory factory, string? officialId = null)
    {
        var exchange = await factory.ApprovedAsync(officialId);
        return (await factory.Exchanges(Personas.BgCoordinator).StartExchangeAsync(new V1.StartExchangeRequest
        {
            ExchangeId = exchange.Id, StartedOn = new Date { Year = 2023, Month = 10, Day = 8 },
        })).Exchange;
    }

    public static async Task<V1.CompleteExchangeResponse> CompletedAsync(this TrainingServiceFactory factory, string? officialId = null)
    {
        var exchange = await factory.UnderWayAsync(officialId);
        return await factory.Exchanges(Personas.BgCoordinator).CompleteExchangeAsync(new V1.CompleteExchangeRequest
        {
            ExchangeId = exchange.Id, CompletedOn = CompletedOn,
        });
    }
}
