using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.WorkingGroup.Officials;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>
/// The roster is the co-chairs' to keep, each for their own participant: a co-chair adds, removes
/// and replaces officials of its own side only. Reading the roster reads officials' names, so every
/// answer that carries names (reads and the writes' answers alike) is read inside the unit of work
/// that records one Read per official named.
/// </summary>
internal sealed class MembershipGrpcService(
    MembershipRepository memberships, IUnitOfWorkFactory unitOfWorkFactory, IDbConnectionFactory connections, TimeProvider time)
    : V1.MembershipService.MembershipServiceBase
{
    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.AddMemberResponse> AddMember(V1.AddMemberRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var officialId = validator.RequireId(request.OfficialId, "official_id");
        var role = validator.RequireEnum<V1.MembershipRole, MembershipRole>(request.Role, "role");
        var today = time.Today();
        var startedOn = validator.OnOrToday(request.StartedOn, "started_on", today);
        var endedOn = validator.Optional(request.EndedOn, "ended_on", today);
        validator.Require(endedOn is null || endedOn >= startedOn, "ended_on", "must not be before started_on");
        validator.ThrowIfInvalid();

        var shown = await ChangeRosterAsync(context, officialId, joins: true,
            (_, roster, participant) => Task.FromResult(roster.Add(officialId, participant, role!.Value, new TermInterval(startedOn, endedOn))),
            (_, change) => [change.Started[0]]);
        return new V1.AddMemberResponse { Member = MembershipWire.ToWire(shown[0]!) };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.RemoveMemberResponse> RemoveMember(V1.RemoveMemberRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var officialId = validator.RequireId(request.OfficialId, "official_id");
        var endedOn = validator.OnOrToday(request.EndedOn, "ended_on", time.Today());
        validator.ThrowIfInvalid();

        var shown = await ChangeRosterAsync(context, officialId, joins: false,
            (_, roster, _) => Task.FromResult(roster.Remove(officialId, endedOn)),
            (_, change) => [change.Ended[0]]);
        return new V1.RemoveMemberResponse { Member = MembershipWire.ToWire(shown[0]!) };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.ReplaceCoChairResponse> ReplaceCoChair(V1.ReplaceCoChairRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var officialId = validator.RequireId(request.OfficialId, "official_id");
        var replacedOn = validator.OnOrToday(request.ReplacedOn, "replaced_on", time.Today());
        validator.ThrowIfInvalid();

        // Shown: the BG and UK co-chairs after the swap (the incoming one and the other side's), then the outgoing one.
        var shown = await ChangeRosterAsync(context, officialId, joins: true,
            async (session, roster, participant) => roster.ReplaceCoChair(officialId, participant, request.KeepOutgoingAsMember, replacedOn,
                await memberships.LastChairedByCurrentCoChairAsync(session, participant)),
            (roster, change) =>
            {
                var incoming = change.Started[0];
                MembershipPeriod? CoChairAfter(Participant side) => side == incoming.Participant ? incoming : roster.CoChairOf(side);
                return [CoChairAfter(Participant.BG), CoChairAfter(Participant.UK), change.Ended[0]];
            });
        return new V1.ReplaceCoChairResponse { CoChairs = MembershipWire.CoChairs(shown[0], shown[1]), Outgoing = MembershipWire.ToWire(shown[2]!) };
    }

    [Authorize(Policy = CooperationPolicies.ReadPersonalData)]
    public override async Task<V1.ListMembersResponse> ListMembers(V1.ListMembersRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var participant = validator.OptionalParticipant(request.Participant, "participant");
        var role = validator.OptionalEnum<V1.MembershipRole, MembershipRole>(request.Role, "role");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        var purpose = RosterPurpose(validator, request.Justification);
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var found = await memberships.ListCurrentAsync(unitOfWork, participant, role, page);
        await PersonalDataReads.RecordAndCommitAsync(unitOfWork, found.Select(m => m.OfficialId), MembershipAudit.MemberFields, purpose);
        var response = new V1.ListMembersResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Members.AddRange(found.Select(MembershipWire.ToWire));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ReadPersonalData)]
    public override async Task<V1.GetCoChairsResponse> GetCoChairs(V1.GetCoChairsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var purpose = RosterPurpose(validator, request.Justification);
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var coChairs = MembershipWire.CoChairs(await memberships.CurrentCoChairsAsync(unitOfWork));
        var named = new[] { coChairs.Bg, coChairs.Uk }.OfType<V1.Member>().Select(m => new Guid(m.OfficialId));
        await PersonalDataReads.RecordAndCommitAsync(unitOfWork, named, MembershipAudit.MemberFields, purpose);
        return new V1.GetCoChairsResponse { CoChairs = coChairs };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetAgencyCoverageResponse> GetAgencyCoverage(
        V1.GetAgencyCoverageRequest request, ServerCallContext context)
    {
        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        return new V1.GetAgencyCoverageResponse { Coverage = MembershipWire.ToWire(await memberships.CoverageAsync(session)) };
    }

    /// <summary>What a roster read records as its purpose: the caller's own words when given, else the RPC's declared purpose.</summary>
    private static string RosterPurpose(Validator validator, string justification)
    {
        validator.Require(justification.Length <= AuditEntry.MaxJustificationLength, PersonalDataReads.JustificationField,
            $"must be at most {AuditEntry.MaxJustificationLength} characters");
        return string.IsNullOrWhiteSpace(justification) ? MembershipAudit.RosterConsultation : justification;
    }

    /// <summary>
    /// Loads the roster and the official's participant, checks the caller acts for that
    /// participant (and, when the official <paramref name="joins"/>, that it was not erased), lets
    /// the roster decide, and applies and audits the change in one unit of work. The memberships
    /// the answer <paramref name="shows"/> are read with their names in that unit too, in one
    /// query, with a Read record for every official they name; absent ones stay null.
    /// </summary>
    private async Task<IReadOnlyList<MemberView?>> ChangeRosterAsync(
        ServerCallContext context, Guid officialId, bool joins, Func<IDbSession, Roster, Participant, Task<RosterChange>> decide,
        Func<Roster, RosterChange, IReadOnlyList<MembershipPeriod?>> shows)
    {
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var (participant, erased) = await memberships.OfficialStandingAsync(unitOfWork, officialId);
        context.GetCaller().EnsureActsFor(participant);
        if (joins)
        {
            MembershipEligibility.EnsureCanJoin(officialId, erased);
        }

        var roster = await memberships.LoadRosterAsync(unitOfWork);
        var coverageBefore = await memberships.CoverageAsync(unitOfWork);
        var change = await decide(unitOfWork, roster, participant);
        await memberships.ApplyAsync(unitOfWork, change);
        if (AgencyCoverageEvents.Changed(coverageBefore, await memberships.CoverageAsync(unitOfWork)) is { } coverageChanged)
        {
            unitOfWork.Publish(coverageChanged);
        }
        foreach (var ended in change.Ended)
        {
            unitOfWork.Audit(AuditAction.Update, MembershipAudit.Membership, ended.Id, MembershipAudit.EndedFields);
        }

        foreach (var started in change.Started)
        {
            unitOfWork.Audit(AuditAction.Create, MembershipAudit.Membership, started.Id, MembershipAudit.StartedFields);
        }

        var periods = shows(roster, change);
        var views = await memberships.ViewsAsync(unitOfWork, periods.OfType<MembershipPeriod>().Select(p => p.Id).ToList());
        var shown = periods.Select(p => p is null ? null : views[p.Id]).ToList();
        PersonalDataReads.Record(unitOfWork, shown.OfType<MemberView>().Select(v => v.OfficialId), MembershipAudit.MemberFields,
            $"Answer to {unitOfWork.Operation}");
        await unitOfWork.CommitAsync();
        return shown;
    }
}
