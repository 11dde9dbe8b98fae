using System.Runtime.CompilerServices;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Debriefs;

/// <summary>
/// The programme the debrief tests share per factory: the seeded agencies and officials, one held
/// meeting (corrective actions hang from it), and the clock on 1 June 2024. Each test records its
/// own debriefs under a fresh operation reference.
/// </summary>
public static class DebriefScenario
{
    public const string BgCoordinator = "bg-border-police-coordinator";

    public static readonly DateOnly Today = new(2024, 6, 1);

    private static readonly ConditionalWeakTable<WorkingGroupServiceFactory, Task<SeededProgramme>> Prepared = [];

    public static Task<SeededProgramme> DebriefProgrammeAsync(this WorkingGroupServiceFactory factory) =>
        Prepared.GetValue(factory, async f =>
        {
            var programme = await f.SharedProgrammeAsync();
            await f.HoldAsync(programme, "2023-12-04");
            f.SetToday(Today);
            return programme;
        });

    public static V1.DebriefsService.DebriefsServiceClient DebriefsAs(this WorkingGroupServiceFactory factory, string persona) => new(factory.ChannelFor(persona));

    public static string NewReference() => $"OP-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";

    /// <summary>A valid debrief of both seeded agencies with one corrective action owned by the UK agency's member, due on <paramref name="dueOn"/>.</summary>
    public static V1.RecordDebriefRequest Request(SeededProgramme programme, string dueOn = "2024-07-01", bool withAction = true)
    {
        var request = new V1.RecordDebriefRequest { OperationReference = NewReference(), OperationDate = WireDates.On("2024-05-20") };
        request.AgencyIds.AddRange([programme.BgAgency.ToString(), programme.UkAgency.ToString()]);
        request.Strengths.Add("Joint briefing before the operation");
        request.AreasForImprovement.Add("Hand-over between shifts was slow");
        request.MultiAgencyLessons.Add("Name one lead agency per phase");
        request.Channels.AddRange([V1.SharingChannel.EuropolSiena, V1.SharingChannel.LiaisonOfficer, V1.SharingChannel.EuropolSiena]);
        if (withAction)
        {
            request.CorrectiveActions.Add(new V1.NewCorrectiveAction
            {
                Description = "Agree a shift hand-over template",
                OwnerAgencyId = programme.UkAgency.ToString(),
                OwnerOfficialId = programme.UkMember.ToString(),
                DueOn = WireDates.On(dueOn),
            });
        }

        return request;
    }

    public static async Task<V1.Debrief> RecordAsync(this WorkingGroupServiceFactory factory, V1.RecordDebriefRequest request) =>
        (await factory.DebriefsAs(BgCoordinator).RecordDebriefAsync(request)).Debrief;
}
