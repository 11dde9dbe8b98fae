namespace Cooperation.Metrics.InformationSharing;

/// <summary>The information-sharing log's rule ids.</summary>
public static class InformationSharingRules
{
    /// <summary>An exchange is logged once it happened: no request, answer or refusal lies in the future.</summary>
    public const string ExchangeTimesMustNotBeInTheFuture = "exchange-times-must-not-be-in-the-future";

    /// <summary>An answer or a refusal comes at or after the request it replies to.</summary>
    public const string ReplyMustFollowTheRequest = "reply-must-follow-the-request";

    /// <summary>An exchange is answered or refused once; a pending one only.</summary>
    public const string ExchangeMustBePending = "exchange-must-be-pending";
}
