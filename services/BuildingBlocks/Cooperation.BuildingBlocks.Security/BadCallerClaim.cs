namespace Cooperation.BuildingBlocks.Security;

/// <summary>
/// Where token validation leaves the reason a signed token was refused for its claims, so the
/// refusal can name the claim: ASP.NET Core keeps a failed authentication's result to itself.
/// </summary>
internal static class BadCallerClaim
{
    public const string ItemKey = "cooperation.bad-caller-claim";
}
