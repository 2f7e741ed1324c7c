using System.Text;
using Backtest.Reporting.Input;
using Backtest.Reporting.Style;

namespace Backtest.Reporting.Figures;

/// <summary>The lines under every figure's title: which run and period, then its parameters, wrapped to the figure's width.</summary>
internal static class Subtitle
{
    public static string Of(SavedRun run, ReportOptions options) => !options.Subtitles ? string.Empty :
        Wrap($"{(run.Record.Scenario is { } scenario ? $"{scenario.Title}, " : string.Empty)}{run.Label}, {run.Dates[0]:yyyy-MM-dd} to {run.Dates[^1]:yyyy-MM-dd}: {run.ParameterLine}, {run.SettingsLine}", options.Size, maxLines: 2);

    // Wraps at commas to the characters that fit the width (a sans-serif character is about 0.55 em wide).
    internal static string Wrap(string text, FigureSize size, int maxLines)
    {
        int perLine = (int)(size.Width * ReportStyle.UnitsPerInch / (ReportStyle.SubtitleSize * 0.6));
        var lines = new List<StringBuilder> { new() };
        foreach (string part in text.Split(", "))
        {
            StringBuilder line = lines[^1];
            if (line.Length > 0 && line.Length + part.Length + 2 > perLine)
            {
                line = new StringBuilder();
                lines.Add(line);
            }

            line.Append(line.Length > 0 ? ", " : string.Empty).Append(part);
        }

        string[] wrapped = lines.Take(maxLines).Select(l => l.ToString()).ToArray();
        if (lines.Count > maxLines)
        {
            // The ellipsis needs room too: drop the last line's final parts until it fits.
            const string ellipsis = ", ...";
            string last = wrapped[^1];
            while (last.Length + ellipsis.Length > perLine && last.LastIndexOf(", ", StringComparison.Ordinal) is int cut and > 0)
            {
                last = last[..cut];
            }

            wrapped[^1] = last + ellipsis;
        }

        return string.Join("\n", wrapped);
    }
}
