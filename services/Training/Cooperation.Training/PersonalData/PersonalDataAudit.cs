namespace Cooperation.Training.PersonalData;

/// <summary>Resource-type name and field lists of the records of an official's export and erasure.</summary>
public static class PersonalDataAudit
{
    /// <summary>The same resource type the working group's records of officials use.</summary>
    public const string Official = "Official";

    public static readonly IReadOnlyList<string> ExportedFields =
        ["trainee", "bookings", "attendance", "completions", "certificates", "exchanges", "cascade_commitments", "trainer_of_event_ids"];

    public static readonly IReadOnlyList<string> ErasedFields =
        ["trainees.official_id", "bookings.official_id", "training_events.trainer_official_ids", "exchanges.guest_official_id",
         "exchanges.replacement_official_id", "cascade_commitments.official_id"];
}
