namespace Cooperation.Training.Catalogue;

/// <summary>A text the catalogue shows in both participants' languages: English and Bulgarian.</summary>
public sealed record BilingualText(string En, string Bg);
