namespace Cooperation.WorkingGroup.Establishment;

/// <summary>The reported fact of ¶5: when the group was established and whether that was on time.</summary>
internal sealed record EstablishmentAssessment(DateOnly EstablishedOn, DateOnly DueBy, bool OnTime, int DaysLate);
