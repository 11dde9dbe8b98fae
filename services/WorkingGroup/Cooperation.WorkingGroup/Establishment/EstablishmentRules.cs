namespace Cooperation.WorkingGroup.Establishment;

/// <summary>The establishment's rule ids, reported as the subject of a FailedPrecondition.</summary>
public static class EstablishmentRules
{
    /// <summary>¶5 counts "within a month of signing" from the signature: the group cannot be established before it.</summary>
    public const string NotBeforeSigning = "establishment-not-before-signing";

    /// <summary>¶5 asks for the reported fact of establishment: a date after today is not a fact yet.</summary>
    public const string NotInFuture = "establishment-not-in-future";

    /// <summary>
    /// ¶5: the participants establish the working group; before that it has no meetings to schedule
    /// or hold (<c>Meeting</c>) and no cadence to count (<c>QuarterlyCadence.Since</c>).
    /// </summary>
    public const string WorkingGroupMustBeEstablished = "working-group-must-be-established";

    /// <summary>¶5: a correction of the establishment date puts a mistake right, so it changes the date (<c>EstablishmentCorrection</c>).</summary>
    public const string CorrectionChangesTheDate = "establishment-correction-changes-the-date";
}
