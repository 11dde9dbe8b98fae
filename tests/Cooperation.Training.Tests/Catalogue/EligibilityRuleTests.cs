using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Catalogue;

namespace Cooperation.Training.Tests.Catalogue;

public sealed class EligibilityRuleTests
{
    private static readonly Guid Agency = Guid.NewGuid();

    [Fact]
    public void Eligibility_years_of_experience()
    {
        var rule = Eligibility(minimumYears: 5);

        var ex = Assert.Throws<RuleViolationException>(() => rule.EnsureAdmits(Nominee(years: 3)));

        Assert.Equal(EligibilityRules.YearsOfExperience, ex.Rule);
        Assert.Contains("needs 5 years of experience, has 3", ex.Message, StringComparison.OrdinalIgnoreCase);
        rule.EnsureAdmits(Nominee(years: 5));
    }

    [Fact]
    public void Eligibility_language_level()
    {
        var rule = Eligibility(languages: [new("en", CefrLevel.B2)]);

        var missing = Assert.Throws<RuleViolationException>(() => rule.EnsureAdmits(Nominee(languages: [new("bg", CefrLevel.C2)])));
        var below = Assert.Throws<RuleViolationException>(() => rule.EnsureAdmits(Nominee(languages: [new("en", CefrLevel.B1)])));

        Assert.Equal(EligibilityRules.LanguageLevel, missing.Rule);
        Assert.Contains("'en' at B2, has none", missing.Message, StringComparison.Ordinal);
        Assert.Equal(EligibilityRules.LanguageLevel, below.Rule);
        Assert.Contains("has B1", below.Message, StringComparison.Ordinal);
        rule.EnsureAdmits(Nominee(languages: [new("en", CefrLevel.C1)]));
    }

    [Fact]
    public void Eligibility_participant_admitted()
    {
        var rule = Eligibility(participants: [Participant.BG]);

        Assert.Equal(EligibilityRules.ParticipantAdmitted,
            Assert.Throws<RuleViolationException>(() => rule.EnsureAdmits(Nominee(participant: Participant.UK))).Rule);
        rule.EnsureAdmits(Nominee(participant: Participant.BG));
    }

    [Fact]
    public void Eligibility_agency_admitted()
    {
        var rule = Eligibility(agencies: [Guid.NewGuid()]);

        Assert.Equal(EligibilityRules.AgencyAdmitted, Assert.Throws<RuleViolationException>(() => rule.EnsureAdmits(Nominee())).Rule);
        Eligibility(agencies: [Agency]).EnsureAdmits(Nominee());
    }

    [Fact]
    public void Eligibility_without_rules_admits_everyone() =>
        ActivityEligibility.Everyone.EnsureAdmits(Nominee(years: 0, languages: [], participant: Participant.UK));

    private static ActivityEligibility Eligibility(
        int minimumYears = 0, LanguageProficiency[]? languages = null, Participant[]? participants = null, Guid[]? agencies = null) =>
        new(minimumYears, languages ?? [], participants ?? [], agencies ?? [], false);

    private static Nominee Nominee(int years = 10, LanguageProficiency[]? languages = null, Participant participant = Participant.BG) =>
        new(Guid.NewGuid(), Agency, participant, years, languages ?? [new("en", CefrLevel.C1)]);
}
