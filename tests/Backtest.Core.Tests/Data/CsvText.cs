using Backtest.Testing;

namespace Backtest.Core.Tests.Data;

/// <summary>Writes small CSV files for the loaders' tests, so each malformed case sits in its test as text.</summary>
internal static class CsvText
{
    /// <summary>Writes <paramref name="lines"/> to <paramref name="name"/> in a new temporary folder; returns the file's path.</summary>
    public static string Write(string name, params string[] lines) => WriteIn(TestPaths.NewTempFolder(), name, lines);

    /// <summary>Writes <paramref name="lines"/>, each ended by "\n", to <paramref name="name"/> in <paramref name="folder"/>.</summary>
    public static string WriteIn(string folder, string name, params string[] lines)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Concat(lines.Select(line => line + "\n")));
        return path;
    }

    /// <summary>Writes <paramref name="text"/> exactly (UTF-8, no byte order mark unless the text starts with one).</summary>
    public static string WriteRaw(string name, string text)
    {
        string path = Path.Combine(TestPaths.NewTempFolder(), name);
        File.WriteAllText(path, text);
        return path;
    }
}
