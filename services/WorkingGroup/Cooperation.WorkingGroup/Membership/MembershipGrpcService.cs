using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.WorkingGroup.Agencies;
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
    MembershipRepository memberships, IUnitOfWorkFactory unitOfWorkFactory, TimeProvider time)
    : V1.MembershipService.MembershipServiceBase
{
    private const string ResourceType = "Membership";

    private static readonly string[] StartedFields = ["official_id", "role", "participant", "started_on"];
    private static readonly string[] EndedFields = ["ended_on"];
    private static readonly string[] MemberFields = ["full_name", "role_title"];

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.AddMemberResponse> AddMember(V1.AddMemberRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var officialId = validator.RequireId(request.OfficialId, "official_id");
        var role = validator.RequireEnum<V1.MembershipRole, MembershipRole>(request.Role, "role");
        validator.ThrowIfInvalid();

        var member = await ChangeRosterAsync(context, "AddMember", officialId, joins: true, (roster, participant) =>
            roster.Add(officialId, participant, role!.Value, time.Today()),
            async (unitOfWork, change) => await ReadBackAsync(unitOfWork, change.Started[0]));
        return new V1.AddMemberResponse { Member = member };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.RemoveMemberResponse> RemoveMember(V1.RemoveMemberRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var officialId = validator.RequireId(request.OfficialId, "official_id");
        validator.ThrowIfInvalid();

        var member = await ChangeRosterAsync(context, "RemoveMember", officialId, joins: false, (roster, _) =>
            roster.Remove(officialId, time.Today()),
            async (unitOfWork, change) => await ReadBackAsync(unitOfWork, change.Ended[0]));
        return new V1.RemoveMemberResponse { Member = member };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.ReplaceCoChairResponse> ReplaceCoChair(V1.ReplaceCoChairRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var officialId = validator.RequireId(request.OfficialId, "official_id");
        validator.ThrowIfInvalid();

        return await ChangeRosterAsync(context, "ReplaceCoChair", officialId, joins: true, (roster, participant) =>
            roster.ReplaceCoChair(officialId, participant, request.KeepOutgoingAsMember, time.Today()),
            async (unitOfWork, change) => new V1.ReplaceCoChairResponse
            {
                CoChairs = await CoChairsAsync(unitOfWork, context.CancellationToken),
                Outgoing = await ReadBackAsync(unitOfWork, change.Ended[0]),
            });
    }

    [Authorize(Policy = CooperationPolicies.ReadPersonalData)]
    public override async Task<V1.ListMembersResponse> ListMembers(V1.ListMembersRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var participant = validator.OptionalParticipant(request.Participant, "participant");
        var role = validator.OptionalEnum<V1.MembershipRole, MembershipRole>(request.Role, "role");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        PersonalDataReads.RequireJustification(validator, request.Justification);
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken);
        var found = await MembershipRepository.ListCurrentAsync(unitOfWork, participant, role, page, context.CancellationToken);
        await PersonalDataReads.RecordAndCommitAsync(unitOfWork, AuditActor.From(context.GetCaller()), "ListMembers",
            found.Select(m => m.OfficialId), MemberFields, request.Justification, context.CancellationToken);
        var response = new V1.ListMembersResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Members.AddRange(found.Select(ToWire));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ReadPersonalData)]
    public override async Task<V1.GetCoChairsResponse> GetCoChairs(V1.GetCoChairsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        PersonalDataReads.RequireJustification(validator, request.Justification);
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken);
        var coChairs = await CoChairsAsync(unitOfWork, context.CancellationToken);
        await PersonalDataReads.RecordAndCommitAsync(unitOfWork, AuditActor.From(context.GetCaller()), "GetCoChairs",
            OfficialsNamed(coChairs), MemberFields, request.Justification, context.CancellationToken);
        return new V1.GetCoChairsResponse { CoChairs = coChairs };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetAgencyCoverageResponse> GetAgencyCoverage(
        V1.GetAgencyCoverageRequest request, ServerCallContext context)
    {
        var coverage = await memberships.CoverageAsync(context.CancellationToken);
        var wire = new V1.AgencyCoverage
        {
            RegisteredAgencies = coverage.Registered,
            CoveredAgencies = coverage.Covered,
            AllAgenciesCovered = coverage.AllAgenciesCovered,
        };
        foreach (var participant in coverage.Participants)
        {
            var entry = new V1.ParticipantCoverage
            {
                Participant = WireParticipant.ToWire(participant.Participant),
                RegisteredAgencies = participant.Registered,
                CoveredAgencies = participant.Covered.Count,
            };
            entry.Covered.AddRange(participant.Covered.Select(ToWire));
            entry.Uncovered.AddRange(participant.Uncovered.Select(ToWire));
            wire.Participants.Add(entry);
        }

        return new V1.GetAgencyCoverageResponse { Coverage = wire };
    }

    /// <summary>
    /// Loads the roster and the official's participant, checks the caller acts for that
    /// participant (and, when the official <paramref name="joins"/>, that it was not erased), lets
    /// the roster decide, and applies and audits the change in one transaction. The answer is read
    /// back in that transaction too, with a Read record for every official it names.
    /// </summary>
    private async Task<TResponse> ChangeRosterAsync<TResponse>(
        ServerCallContext context, string operation, Guid officialId, bool joins, Func<Roster, Participant, RosterChange> decide,
        Func<IUnitOfWork, RosterChange, Task<TResponse>> answer)
        where TResponse : Google.Protobuf.IMessage
    {
        var caller = context.GetCaller();
        var cancellationToken = context.CancellationToken;
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(cancellationToken);
        var (participant, erased) = await MembershipRepository.OfficialStandingAsync(unitOfWork, officialId, cancellationToken);
        caller.EnsureActsFor(participant);
        if (joins)
        {
            MembershipEligibility.EnsureCanJoin(officialId, erased);
        }

        var roster = await MembershipRepository.LoadRosterAsync(unitOfWork, cancellationToken);
        var change = decide(roster, participant);
        await MembershipRepository.ApplyAsync(unitOfWork, change, cancellationToken);
        var actor = AuditActor.From(caller);
        foreach (var ended in change.Ended)
        {
            unitOfWork.Audit(new AuditEntry(actor, operation, AuditAction.Update, ResourceType, ended.Id.ToString()) { Fields = EndedFields });
        }

        foreach (var started in change.Started)
        {
            unitOfWork.Audit(new AuditEntry(actor, operation, AuditAction.Create, ResourceType, started.Id.ToString()) { Fields = StartedFields });
        }

        var response = await answer(unitOfWork, change);
        PersonalDataReads.Record(unitOfWork, actor, operation, OfficialsNamed(response), MemberFields, $"Answer to {operation}");
        await unitOfWork.CommitAsync(cancellationToken);
        return response;
    }

    private static async Task<V1.Member> ReadBackAsync(IUnitOfWork unitOfWork, MembershipPeriod period) =>
        ToWire(await MembershipRepository.FindAsync(unitOfWork, period.Id, CancellationToken.None)
            ?? throw new InvalidOperationException($"Membership {period.Id} vanished inside its own transaction."));

    private static async Task<V1.CoChairs> CoChairsAsync(IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        var coChairs = await MembershipRepository.CurrentCoChairsAsync(unitOfWork, cancellationToken);
        var bg = coChairs.FirstOrDefault(c => c.Participant == Participant.BG);
        var uk = coChairs.FirstOrDefault(c => c.Participant == Participant.UK);
        return new V1.CoChairs
        {
            Bg = bg is null ? null : ToWire(bg),
            Uk = uk is null ? null : ToWire(uk),
            FullyChaired = bg is not null && uk is not null,
        };
    }

    /// <summary>The officials whose names <paramref name="message"/> carries: every Member in it.</summary>
    private static IEnumerable<Guid> OfficialsNamed(Google.Protobuf.IMessage message) => message switch
    {
        V1.Member member => [Guid.Parse(member.OfficialId)],
        V1.AddMemberResponse added => OfficialsNamed(added.Member),
        V1.RemoveMemberResponse removed => OfficialsNamed(removed.Member),
        V1.ReplaceCoChairResponse replaced => OfficialsNamed(replaced.CoChairs).Concat(OfficialsNamed(replaced.Outgoing)),
        V1.CoChairs coChairs => new[] { coChairs.Bg, coChairs.Uk }.OfType<V1.Member>().Select(m => Guid.Parse(m.OfficialId)),
        null => [],
        _ => throw new ArgumentOutOfRangeException(nameof(message), message.Descriptor.FullName, "Not a message that names officials."),
    };

    private static V1.Member ToWire(MemberView member) => new()
    {
        Id = member.MembershipId.ToString(),
        OfficialId = member.OfficialId.ToString(),
        FullName = member.FullName,
        RoleTitle = member.RoleTitle,
        AgencyId = member.AgencyId.ToString(),
        AgencyNameEn = member.AgencyNameEn,
        Participant = WireParticipant.ToWire(member.Participant),
        Role = WireEnums.ToWire<MembershipRole, V1.MembershipRole>(member.Role),
        StartedOn = WireDate.ToWire(member.StartedOn),
        EndedOn = WireDate.ToWire(member.EndedOn),
    };

    private static V1.CoveredAgency ToWire(AgencyMembers agency) => new()
    {
        AgencyId = agency.AgencyId.ToString(),
        NameEn = agency.NameEn,
        Kind = WireEnums.ToWire<AgencyKind, V1.AgencyKind>(agency.Kind),
        CurrentMembers = agency.CurrentMembers,
    };
}
