namespace Cooperation.Training.Exchanges;

/// <summary>Stable names of the exchange rules, reported as the subject of a FailedPrecondition.</summary>
public static class ExchangeRules
{
    /// <summary>¶4b: a guest official of one participant is hosted by an agency of the other participant.</summary>
    public const string ExchangesCrossTheParticipants = "exchanges-cross-the-participants";

    /// <summary>A pair is two exchanges one each way: the guest of one is from the participant hosting the other.</summary>
    public const string PairsRunOneEachWay = "pairs-run-one-each-way";

    /// <summary>An exchange pairs with one partner at most, and neither is withdrawn or completed.</summary>
    public const string AnExchangeHasOnePartner = "an-exchange-has-one-partner";

    /// <summary>Approvals are given while the exchange is proposed.</summary>
    public const string ExchangesAreApprovedWhileProposed = "exchanges-are-approved-while-proposed";

    /// <summary>The guest's agency and the host agency approve once each; one agency cannot approve for both.</summary>
    public const string EachAgencyApprovesOnce = "each-agency-approves-once";

    /// <summary>The guest arrives only once both agencies approved.</summary>
    public const string ExchangesStartOnceApprovedByBoth = "exchanges-start-once-approved-by-both";

    /// <summary>Only an exchange under way completes, on or after the day it started.</summary>
    public const string OnlyExchangesUnderWayComplete = "only-exchanges-under-way-complete";

    /// <summary>A completed (or already withdrawn) exchange is not withdrawn.</summary>
    public const string CompletedExchangesStayCompleted = "completed-exchanges-stay-completed";
}
