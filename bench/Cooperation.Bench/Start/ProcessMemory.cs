using System.Globalization;

namespace Cooperation.Bench.Start;

/// <summary>
/// One process's memory from <c>/proc/PID/smaps</c>, split by what holds it, so an idle figure says
/// where it goes: the runtime's code and type data (JIT output, method tables, stubs: the W^X
/// double mapping <c>/memfd:doublemapper</c>, anonymous when W^X is off), pages of mapped files
/// (assemblies and native libraries, clean and mostly shared with every other .NET process of the
/// same framework), and the rest (the GC heap, native heaps, thread stacks).
/// </summary>
/// <param name="Resident">Resident set size: every page in memory, shared ones counted whole.</param>
/// <param name="Proportional">Proportional set size: shared pages divided among the processes sharing them.</param>
internal sealed record ProcessMemory(long Resident, long Proportional, long CodeAndTypes, long FilePages, long Anonymous)
{
    private const string RuntimeCodeMapping = "/memfd:doublemapper";

    public static ProcessMemory? Read(int pid)
    {
        try
        {
            long resident = 0, proportional = 0, code = 0, files = 0;
            var mapping = string.Empty;
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
            {
                if (IsMappingHeader(line))
                {
                    var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                    mapping = fields.Length == 6 ? fields[5].Trim() : string.Empty;
                }
                else if (line.StartsWith("Rss:", StringComparison.Ordinal))
                {
                    var bytes = Kilobytes(line) * 1024;
                    resident += bytes;
                    if (mapping.StartsWith(RuntimeCodeMapping, StringComparison.Ordinal))
                    {
                        code += bytes;
                    }
                    else if (mapping.StartsWith('/'))
                    {
                        files += bytes;
                    }
                }
                else if (line.StartsWith("Pss:", StringComparison.Ordinal))
                {
                    proportional += Kilobytes(line) * 1024;
                }
            }

            return new ProcessMemory(resident, proportional, code, files, resident - code - files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:F0} MB";

    // A mapping opens with its address range ("7f26e2ecc000-7f26e2ece000 rw-p 00000000 00:00 0  [path]");
    // every line about it after that opens with a field name ("Rss:", "VmFlags:").
    private static bool IsMappingHeader(string line)
    {
        var firstField = line.AsSpan(0, Math.Max(line.IndexOf(' ', StringComparison.Ordinal), 0));
        return firstField.Length > 0 && !firstField.EndsWith(':');
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
