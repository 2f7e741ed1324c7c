using System.Globalization;

namespace Backtest.Cli.Tests;

/// <summary>A plain CSV file (no quoting) read by the tests themselves, independently of the project's reader and writer.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string[] header, IReadOnlyList<string[]> rows)
    {
        _columns = header.Select((name, k) => (name, k)).ToDictionary(x => x.name, x => x.k, StringComparer.OrdinalIgnoreCase);
        Rows = rows;
    }

    /// <summary>The data rows, as fields.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads <paramref name="path"/>: a header line, then one row a line; blank lines are skipped.</summary>
    public static CsvTable Read(string path)
    {
        string[] lines = File.ReadAllLines(path).Where(line => line.Length > 0).ToArray();
        return new CsvTable(lines[0].Split(','), lines.Skip(1).Select(line => line.Split(',')).ToArray());
    }

    /// <summary>The text of <paramref name="column"/> in <paramref name="row"/>.</summary>
    public string Text(string[] row, string column) => row[_columns[column]];

    /// <summary>The number in <paramref name="column"/> of <paramref name="row"/>.</summary>
    public double Number(string[] row, string column) => double.Parse(Text(row, column), NumberStyles.Float, CultureInfo.InvariantCulture);
}
