using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Completion;
using Cooperation.Training.Events;
using Cooperation.Training.SignUp;

namespace Cooperation.Training.Tests.Completion;

public sealed class CompletionRuleTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 6, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(100, new[] { AttendanceMark.Present, AttendanceMark.Present }, true)]
    [InlineData(100, new[] { AttendanceMark.Present, AttendanceMark.Excused }, false)]
    [InlineData(100, new[] { AttendanceMark.Present }, false)]
    [InlineData(50, new[] { AttendanceMark.Present, AttendanceMark.Absent }, true)]
    [InlineData(75, new[] { AttendanceMark.Present, AttendanceMark.Partial }, true)]
    [InlineData(80, new[] { AttendanceMark.Present, AttendanceMark.Partial }, false)]
    public void Completion_rule_counts_present_whole_and_partial_half(int percent, AttendanceMark[] marks, bool met) =>
        Assert.Equal(met, new CompletionRule(percent).IsMet(2, marks));

    [Fact]
    public void Completion_is_assessed_once_after_the_last_session()
    {
        var trainingEvent = Event();
        var booked = new Booking(Guid.NewGuid(), trainingEvent.Id, Guid.NewGuid(), Guid.NewGuid(), BookingStatus.Booked, "c", Start.AddDays(-9));
        var marks = new[] { (booked.Id, AttendanceMark.Present) }.ToLookup(m => m.Item1, m => m.Item2);
        var lastEnds = trainingEvent.Sessions[1].EndsAt;

        Assert.Equal(CompletionRules.CompletionIsAssessedOnceAfterTheLastSession, Assert.Throws<RuleViolationException>(
            () => EventCompletion.Assess(trainingEvent, new CompletionRule(50), [booked], marks, false, lastEnds.AddTicks(-1))).Rule);
        Assert.Equal(CompletionRules.CompletionIsAssessedOnceAfterTheLastSession, Assert.Throws<RuleViolationException>(
            () => EventCompletion.Assess(trainingEvent, new CompletionRule(50), [booked], marks, true, lastEnds)).Rule);
        var result = Assert.Single(EventCompletion.Assess(trainingEvent, new CompletionRule(50), [booked], marks, false, lastEnds));
        Assert.True(result.Completed);
        Assert.Equal(1m, result.Attended);
    }

    [Fact]
    public void Attendance_is_marked_for_booked_officials_once_the_session_started()
    {
        var trainingEvent = Event();
        var session = trainingEvent.Sessions[0];
        var booked = new Booking(Guid.NewGuid(), trainingEvent.Id, Guid.NewGuid(), Guid.NewGuid(), BookingStatus.Booked, "c", Start);
        var waiting = new Booking(Guid.NewGuid(), trainingEvent.Id, Guid.NewGuid(), Guid.NewGuid(), BookingStatus.WaitListed, "c", Start);

        EventCompletion.EnsureCanMark(trainingEvent, session, booked, session.StartsAt);
        Assert.Equal(CompletionRules.AttendanceIsMarkedOnceTheSessionStarted, Assert.Throws<RuleViolationException>(
            () => EventCompletion.EnsureCanMark(trainingEvent, session, booked, session.StartsAt.AddMinutes(-1))).Rule);
        Assert.Equal(CompletionRules.AttendanceIsMarkedForBookedOfficials, Assert.Throws<RuleViolationException>(
            () => EventCompletion.EnsureCanMark(trainingEvent, session, waiting, session.StartsAt)).Rule);
    }

    [Fact]
    public void Certificate_codes_are_random_and_well_formed()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => CertificateCode.New()).ToList();

        Assert.Equal(1000, codes.Distinct().Count());
        Assert.All(codes, c => Assert.True(CertificateCode.IsWellFormed(c)));
        Assert.Equal(codes[0], CertificateCode.Normalise(string.Join('-', codes[0].ToLowerInvariant().Chunk(5).Select(c => new string(c)))));
    }

    private static TrainingEvent Event() => new(
        Guid.NewGuid(), Guid.NewGuid(), Participant.BG, Guid.NewGuid(), "Sofia", false, "Europe/Sofia", "bg", 10, 0,
        new SignUpWindow(Start.AddDays(-30), Start.AddDays(-7), Start.AddDays(-3)), [],
        [new TrainingSession(Guid.NewGuid(), Start, Start.AddHours(8)), new TrainingSession(Guid.NewGuid(), Start.AddDays(1), Start.AddDays(1).AddHours(8))],
        ApprovalMode.None, Start.AddDays(-40));
}
