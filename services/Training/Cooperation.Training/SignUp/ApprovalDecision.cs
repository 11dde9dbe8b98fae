namespace Cooperation.Training.SignUp;

/// <summary>One approval decision on a booking: at which stage, which way, who, when and why.</summary>
public sealed record ApprovalDecision(int Stage, bool Approved, string DecidedBy, DateTimeOffset DecidedAt, string Reason);
