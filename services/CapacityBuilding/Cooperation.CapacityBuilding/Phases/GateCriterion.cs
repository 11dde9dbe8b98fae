namespace Cooperation.CapacityBuilding.Phases;

/// <summary>
/// One criterion of a phase's start or finish gate, open until someone signs it off with the
/// evidence it was met: who (their subject and agency) and when are kept.
/// </summary>
public sealed class GateCriterion(
    Guid id, GateKind gate, string text, string? signedOffBy = null, Guid? signedOffAgencyId = null,
    DateTimeOffset? signedOffAt = null, string? evidence = null)
{
    public Guid Id { get; } = id;

    public GateKind Gate { get; } = gate;

    public string Text { get; } = text;

    public string? SignedOffBy { get; private set; } = signedOffBy;

    public Guid? SignedOffAgencyId { get; private set; } = signedOffAgencyId;

    public DateTimeOffset? SignedOffAt { get; private set; } = signedOffAt;

    public string? Evidence { get; private set; } = evidence;

    public bool IsOpen => SignedOffAt is null;

    internal void SignOff(string by, Guid? agencyId, DateTimeOffset at, string evidence)
    {
        SignedOffBy = by;
        SignedOffAgencyId = agencyId;
        SignedOffAt = at;
        Evidence = evidence;
    }
}
