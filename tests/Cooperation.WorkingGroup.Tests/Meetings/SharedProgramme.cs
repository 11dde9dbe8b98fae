using System.Runtime.CompilerServices;
using Cooperation.WorkingGroup.Tests.Infrastructure;

namespace Cooperation.WorkingGroup.Tests.Meetings;

/// <summary>
/// The one programme of a factory that several tests share: seeded by the first test that asks,
/// then handed to every other. Tests on a shared factory create their own meetings and projects
/// and look only at what they created.
/// </summary>
public static class SharedProgramme
{
    private static readonly ConditionalWeakTable<WorkingGroupServiceFactory, Task<SeededProgramme>> Seeded = [];

    public static Task<SeededProgramme> SharedProgrammeAsync(this WorkingGroupServiceFactory factory) =>
        Seeded.GetValue(factory, f => f.SeedProgrammeAsync());
}
