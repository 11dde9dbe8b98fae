namespace Cooperation.BuildingBlocks.Audit;

/// <summary>What an audited operation did. Reads are audited only when they return personal data.</summary>
public enum AuditAction
{
    Create = 1,
    Update = 2,
    Delete = 3,

    /// <summary>Personal data was read; needs a justification.</summary>
    Read = 4,

    /// <summary>Personal data was handed to recipients; needs a justification and the recipients.</summary>
    Disclose = 5,

    /// <summary>Personal data was erased on request; the trail keeps only that it happened.</summary>
    Erase = 6,
}
