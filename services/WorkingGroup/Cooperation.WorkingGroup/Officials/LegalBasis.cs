namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// The lawful basis on which the programme holds an official's data (¶7). Numbers match the proto
/// enum; stored as lower snake case text.
/// </summary>
internal enum LegalBasis
{
    /// <summary>A task in the public interest or in official authority: officials designated by their agency.</summary>
    PublicTask = 1,

    /// <summary>A legal obligation of the designating agency.</summary>
    LegalObligation = 2,

    /// <summary>The official's own consent.</summary>
    Consent = 3,
}
