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

    /// <summary>Makes the bottom axis a date axis with ticks a reader can read (months for short runs, years for long).</summary>
    public static void Dates(Plot plot) =>
        plot.Axes.DateTimeTicksBottom().TickGenerator = new DateTimeAutomatic { LabelFormatter = DateText };

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

    /// <summary>Labels the left axis in money (1.2M, 950k).</summary>
    public static void Money(Plot plot) =>
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = MoneyText };

    /// <summary>Labels the bottom axis in money.</summary>
    public static void MoneyBottom(Plot plot) =>
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = MoneyText };

    /// <summary>A log axis: values are plotted as log10 and labelled as money.</summary>
    public static void LogMoney(Plot plot) =>
        plot.Axes.Left.TickGenerator = new NumericAutomatic
        {
            LabelFormatter = v => MoneyText(Math.Pow(10, v)),
            MinorTickGenerator = new LogMinorTickGenerator(),
        };

    /// <summary>A fraction as percent, with as many decimals as it needs (0.125 as 12.5%).</summary>
    public static string PercentText(double value) => value.ToString("0.##%", CultureInfo.InvariantCulture);

    /// <summary>Money in short form: 1.25M, 950k, 420.</summary>
    public static string MoneyText(double value)
    {
        double size = Math.Abs(value);
        return size switch
        {
            >= 1e9 => (value / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + "B",
            >= 1e6 => (value / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + "M",
            >= 1e3 => (value / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + "k",
            >= 10 => value.ToString("0", CultureInfo.InvariantCulture),
            _ => value.ToString("0.##", CultureInfo.InvariantCulture),
        };
    }
}
