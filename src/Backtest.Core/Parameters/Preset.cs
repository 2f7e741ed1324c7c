using Backtest.Core.Data;

namespace Backtest.Core.Parameters;

/// <summary>A named, editable set of parameter values for one strategy, read from a <c>.preset</c> file.</summary>
/// <param name="Name">The preset's name (its file name without extension).</param>
/// <param name="Path">The file it was read from.</param>
/// <param name="Strategy">The strategy it configures.</param>
/// <param name="Description">One line from its <c>description</c> entry, or empty.</param>
/// <param name="Assignments">Its parameter values, in file order.</param>
public sealed record Preset(string Name, string Path, string Strategy, string Description, IReadOnlyList<Assignment> Assignments)
{
    /// <summary>The file extension of presets.</summary>
    public const string Extension = ".preset";

    /// <summary>
    /// Reads a preset: one <c>name = value</c> per line, <c>#</c> starts a comment, blank lines are ignored.
    /// <c>strategy</c> names the strategy; <c>description</c> is one line for <c>list</c>; the rest are parameters,
    /// written exactly as after <c>--set</c>.
    /// </summary>
    public static Preset Load(string path)
    {
        string strategy = string.Empty, description = string.Empty;
        var assignments = new List<Assignment>();
        int n = 0;
        foreach (string line in InputFile.ReadLines(path))
        {
            n++;
            string text = StripComment(line).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            int eq = text.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw ParameterErrors.MalformedPresetLine(path, n, line.Trim());
            }

            string key = text[..eq].Trim(), value = text[(eq + 1)..].Trim();
            switch (key)
            {
                case "strategy":
                    strategy = value;
                    break;
                case "description":
                    description = value;
                    break;
                default:
                    assignments.Add(new Assignment(key, value, $"{path}, line {n}"));
                    break;
            }
        }

        if (strategy.Length == 0)
        {
            throw ParameterErrors.PresetWithoutStrategy(path);
        }

        return new Preset(System.IO.Path.GetFileNameWithoutExtension(path), path, strategy, description, assignments);
    }

    // A '#' starts a comment anywhere on the line; values never contain one.
    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }
}
