using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Establishment;

/// <summary>The working group's status on the wire.</summary>
internal static class WorkingGroupWire
{
    public static V1.WorkingGroupStatus ToWire(WorkingGroupRecord record)
    {
        var assessment = EstablishmentDeadline.Evaluate(record.EstablishedOn);
        return new V1.WorkingGroupStatus
        {
            Established = true,
            SignedOn = WireDate.ToWire(JointStatement.SignedOn),
            EstablishedOn = WireDate.ToWire(assessment.EstablishedOn),
            DueBy = WireDate.ToWire(assessment.DueBy),
            OnTime = assessment.OnTime,
            DaysLate = assessment.DaysLate,
            RecordedAt = WireInstant.ToWire(record.RecordedAt),
        };
    }

    /// <summary>The group not yet established: when it was due and how late it is on <paramref name="today"/>.</summary>
    public static V1.WorkingGroupStatus NotEstablished(DateOnly today) => new()
    {
        Established = false,
        SignedOn = WireDate.ToWire(JointStatement.SignedOn),
        DueBy = WireDate.ToWire(EstablishmentDeadline.DueBy),
        DaysLate = EstablishmentDeadline.DaysOverdue(today),
    };
}
