namespace Cooperation.CapacityBuilding.Projects;

/// <summary>A text the project shows in both participants' languages: English and Bulgarian (empty until translated for an agreed project).</summary>
public sealed record BilingualText(string En, string Bg);
