using Backtest.Reporting.Input;
using Backtest.Reporting.Style;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>Dated markers on time figures: the entry, margin calls, stops, ruin, options' expiries, recalls, fee stresses, borrow limits and the user's annotations.</summary>
internal static class EventMarkers
{
    /// <summary>The markers of <paramref name="run"/>: at most one label per kind, so they never pile up.</summary>
    public static IReadOnlyList<(DateOnly Date, string Label, Color Color)> Of(SavedRun run)
    {
        var markers = new List<(DateOnly, string, Color)>();
        if (run.Trades.FirstOrDefault(t => t.Reason == "rebalance") is { } entry)
        {
            markers.Add((entry.Date, "entry", ReportStyle.Ink));
        }

        foreach ((string kind, string prefix, string label, Color color) in new[]
        {
            ("margin-call", "margin call:", "margin call", ReportStyle.Alarm),
            ("stop", "stop:", "stop", ReportStyle.Short),
            ("ruin", "ruin:", "ruin", ReportStyle.Alarm),
            ("expiry", "expiry:", "option expiry", ReportStyle.Long),
            ("recall", "recall:", "recall", ReportStyle.Alarm),
            ("borrow-fee", "borrow fee:", "fee stress", ReportStyle.Alarm),
            ("borrow-limit", "borrow limit:", "borrow limit", ReportStyle.Short),
        })
        {
            foreach (var e in run.Record.Events.Where(e => e.Kind == kind && e.Message.StartsWith(prefix, StringComparison.Ordinal)))
            {
                markers.Add((DateOnly.ParseExact(e.Date, "yyyy-MM-dd"), label, color));
            }
        }

        foreach ((DateOnly date, string text) in run.Annotations)
        {
            markers.Add((date, text, ReportStyle.Accent));
        }

        return markers;
    }

    /// <summary>
    /// Draws the markers of <paramref name="run"/> inside its dates as thin dashed lines, each kind labelled once just
    /// below <paramref name="top"/> (the y axis's top), inside the data area where no title or subtitle can cover it.
    /// A label that would run into the one before it on its row goes one row lower, so none covers another.
    /// </summary>
    public static void Add(Plot plot, SavedRun run, double top, FigureSize size)
    {
        var labelled = new HashSet<string>();
        var labels = new List<(DateOnly Date, string Label, Color Color)>();
        foreach ((DateOnly date, string label, Color color) in Of(run))
        {
            if (date < run.Dates[0] || date > run.Dates[^1])
            {
                continue;
            }

            plot.Add.VerticalLine(Axis.X(date), 0.8f, color, LinePattern.Dashed);
            if (labelled.Add(label))
            {
                labels.Add((date, label, color));
            }
        }

        // A label's width in days: its characters (about 0.6 em each) and padding, over the data area (about 85% of the
        // figure's width) spanning the run's days.
        const float fontSize = ReportStyle.TextSize - 2;
        double daysPerUnit = Math.Max(1, run.Dates[^1].DayNumber - run.Dates[0].DayNumber) / (size.Width * ReportStyle.UnitsPerInch * 0.85);
        var rowEnds = new List<int>();
        foreach ((DateOnly date, string label, Color color) in labels.OrderBy(l => l.Date))
        {
            int end = date.DayNumber + (int)Math.Ceiling(((label.Length * 0.6 * fontSize) + 8) * daysPerUnit);
            int row = rowEnds.FindIndex(e => e < date.DayNumber);
            if (row < 0)
            {
                row = rowEnds.Count;
                rowEnds.Add(end);
            }
            else
            {
                rowEnds[row] = end;
            }

            var text = plot.Add.Text(label, Axis.X(date), top);
            text.LabelAlignment = Alignment.UpperLeft;
            text.LabelOffsetX = 3;
            text.LabelOffsetY = 2 + (row * (fontSize + 4));
            text.LabelFontSize = fontSize;
            text.LabelFontName = ReportStyle.FontFamily;
            text.LabelFontColor = color;
            text.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
        }
    }
}
