using Backtest.Reporting.Style;
using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Backtest.Reporting.Figures;

/// <summary>The axes figures share: dates along the bottom, percent or money up the side.</summary>
internal static class Axis
{
    /// <summary>Day positions on a date axis.</summary>
    public static double[] X(DateOnly[] dates) => Array.ConvertAll(dates, d => d.ToDateTime(TimeOnly.MinValue).ToOADate());

    /// <summary>One day's position on a date axis.</summary>
    public static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();

    /// <summary>Makes the bottom axis a date axis over the run's days, with ticks a reader can read (months for short runs, years for long).</summary>
    public static void Dates(Plot plot, DateOnly[] dates)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        axis.TickGenerator = new DateTimeAutomatic { LabelFormatter = DateText };
        ReportStyle.StyleAxis(axis);
        double first = X(dates[0]), last = X(dates[^1]);
        double pad = Math.Max(1, (last - first) * 0.01);
        plot.Axes.SetLimitsX(first - pad, last + pad);
    }

    /// <summary>
    /// Fits the y axis to the finite values of <paramref name="series"/> with a little room below and more above
    /// (for the marker labels); returns the axis's top.
    /// </summary>
    public static double FitY(Plot plot, params double[][] series)
    {
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (double[] values in series)
        {
            foreach (double v in values)
            {
                if (double.IsFinite(v))
                {
                    low = Math.Min(low, v);
                    high = Math.Max(high, v);
                }
            }
        }

        if (!double.IsFinite(low))
        {
            (low, high) = (-1, 1);
        }

        double span = Math.Max(high - low, Math.Max(Math.Abs(high), 1e-9) * 0.02);
        double top = high + (0.14 * span);
        plot.Axes.SetLimitsY(low - (0.05 * span), top);
        return top;
    }

    /// <summary>A tick's date: the year on 1 January, month and year on a month's first day, else the ISO date.</summary>
    public static string DateText(DateTime date) => date switch
    {
        { Month: 1, Day: 1 } => date.ToString("yyyy", CultureInfo.InvariantCulture),
        { Day: 1 } => date.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>Labels the left axis in percent.</summary>
    public static void Percent(Plot plot) =>
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = v => PercentText(v) };

    /// <summary>Labels the bottom axis in percent (a distribution of returns or drawdowns).</summary>
    public static void PercentBottom(Plot plot) =>
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = v => PercentText(v) };

    /// <summary>Labels the left axis in money, one unit for the axis ($0.95M, $1.00M, $1.25M).</summary>
    public static void Money(Plot plot) => plot.Axes.Left.TickGenerator = new MoneyTicks();

    /// <summary>Labels the bottom axis in money, one unit for the axis.</summary>
    public static void MoneyBottom(Plot plot) => plot.Axes.Bottom.TickGenerator = new MoneyTicks();

    /// <summary>
    /// A log axis: values are plotted as log10; ticks sit at round money amounts (1, 2, 5 x 10^k for wide ranges,
    /// evenly spaced round amounts for narrow ones) and are labelled as money.
    /// </summary>
    public static void LogMoney(Plot plot, double low, double high)
    {
        var ticks = new List<double>();
        if (high / low >= 3)
        {
            // 1, 2, 5 per decade while there are few decades; only the powers of ten (every other one past
            // eight decades) when there are many, so labels never crowd.
            double decades = Math.Log10(high / low);
            double[] steps = decades <= 2.5 ? [1, 2, 5] : [1];
            double every = decades > 8 ? 100 : 10;
            for (double decade = Math.Pow(10, Math.Floor(Math.Log10(low))); decade <= high; decade *= every)
            {
                ticks.AddRange(steps.Select(f => f * decade).Where(v => v >= low && v <= high));
            }
        }
        else
        {
            double step = NiceStep((high - low) / 6);
            for (double v = Math.Ceiling(low / step) * step; v <= high; v += step)
            {
                ticks.Add(v);
            }
        }

        // A log axis spans decades: each tick keeps its own unit ($10k, $100k, $1M), with the dollar sign.
        plot.Axes.Left.SetTicks([.. ticks.Select(Math.Log10)], [.. ticks.Select(v => "$" + MoneyText(v))]);
    }

    /// <summary>The round step (1, 2, 2.5 or 5 x 10^k) nearest above <paramref name="rough"/>.</summary>
    public static double NiceStep(double rough)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (double factor in (double[])[1, 2, 2.5, 5, 10])
        {
            if (factor * magnitude >= rough)
            {
                return factor * magnitude;
            }
        }

        return 10 * magnitude;
    }

    /// <summary>A fraction as percent, with as many decimals as it needs (0.125 as 12.5%).</summary>
    public static string PercentText(double value) => value.ToString("0.##%", CultureInfo.InvariantCulture);

    /// <summary>Money in short form: 1.25M, 950k, 420, 7.5; the unit is chosen after rounding, so 999,999 is 1M, not 1000k.</summary>
    public static string MoneyText(double value)
    {
        double size = Math.Abs(value);
        (double scale, string unit) = MoneyUnit(size);
        string format = unit switch { "k" => "0.#", "" when size >= 10 => "0", _ => "0.##" };
        return Output.MetricText.Unsigned((value / scale).ToString(format, CultureInfo.InvariantCulture) + unit);
    }

    /// <summary>
    /// The unit money of <paramref name="size"/> is written in (1e9 "B", 1e6 "M", 1e3 "k" or 1 ""), chosen as two
    /// decimals of it round, so that 999,999 is 1M, not 1000k.
    /// </summary>
    public static (double Scale, string Unit) MoneyUnit(double size) => size switch
    {
        >= 999_995_000 => (1e9, "B"),
        >= 999_950 => (1e6, "M"),
        >= 999.5 => (1e3, "k"),
        _ => (1, string.Empty),
    };
}
