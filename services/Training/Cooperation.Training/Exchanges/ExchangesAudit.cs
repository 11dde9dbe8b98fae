namespace Cooperation.Training.Exchanges;

/// <summary>Resource-type names and field lists of the exchanges' audit records.</summary>
public static class ExchangesAudit
{
    public const string Exchange = "Exchange";

    public static readonly IReadOnlyList<string> ProposedFields =
        ["kind", "guest_official_id", "guest_agency_id", "host_agency_id", "replacement_official_id", "leg", "status"];

    /// <summary>The justification of a read of exchanges (official ids are personal data, ¶7).</summary>
    public const string ReadJustification = "exchanges read by a training coordinator of an agency taking part";
}
