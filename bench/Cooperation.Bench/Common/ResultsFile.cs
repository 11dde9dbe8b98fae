using System.Globalization;
using System.Text;

namespace Cooperation.Bench.Common;

/// <summary>A scenario's markdown: a heading, how it ran, a table; printed and written to bench/results/&lt;scenario&gt;.md.</summary>
internal sealed class ResultsFile(string scenario, string title)
{
    private readonly StringBuilder _text = new();
    private readonly string _loadAtStart = Machine.LoadAverage();

    public void Paragraph(string text) => _text.AppendLine(text).AppendLine();

    public void Table(string[] header, IEnumerable<string[]> rows)
    {
        _text.AppendLine("| " + string.Join(" | ", header) + " |");
        _text.AppendLine("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            _text.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        _text.AppendLine();
    }

    public async Task WriteAsync()
    {
        var document = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# {title}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"`dotnet run -c Release --project bench/Cooperation.Bench -- {scenario}` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Machine load (1/5/15-minute averages): {_loadAtStart} at the start, {Machine.LoadAverage()} at the end.")
            .AppendLine()
            .Append(_text)
            .ToString();
        Console.WriteLine(document);
        var path = Path.Combine(Directory(), $"{scenario}.md");
        await File.WriteAllTextAsync(path, document);
        Console.WriteLine($"Written to {path}");
    }

    public static string Ms(double milliseconds) => milliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms";

    public static string Ratio(double ratio) => ratio.ToString("F2", CultureInfo.InvariantCulture) + "×";

    public static string Number(double value, string format = "N0") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>bench/results of the repository, found from this program's directory upwards.</summary>
    public static string Directory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.Directory.Exists(Path.Combine(directory.FullName, "bench", "Cooperation.Bench")))
            {
                return System.IO.Directory.CreateDirectory(Path.Combine(directory.FullName, "bench", "results")).FullName;
            }
        }

        return System.IO.Directory.GetCurrentDirectory();
    }

    /// <summary>The repository's root (the directory holding bench/), for the service binaries and scripts.</summary>
    public static string RepositoryRoot() => Path.GetDirectoryName(Path.GetDirectoryName(Directory()))!;
}
