namespace Cooperation.WorkingGroup.Establishment;

/// <summary>The establishment's rule ids, reported as the subject of a FailedPrecondition.</summary>
internal static class EstablishmentRules
{
    /// <summary>¶5 counts "within a month of signing" from the signature: the group cannot be established before it.</summary>
    public const string NotBeforeSigning = "establishment-not-before-signing";

    /// <summary>¶5 asks for the reported fact of establishment: a date after today is not a fact yet.</summary>
    public const string NotInFuture = "establishment-not-in-future";
}
