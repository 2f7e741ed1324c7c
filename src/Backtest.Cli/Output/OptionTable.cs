using System.Globalization;
using Backtest.Core.Options.Pricing;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>
/// What <c>option price</c> and <c>option implied-vol</c> print without <c>--json</c>: one table of the inputs and the
/// results, each with its unit.
/// </summary>
/// <remarks>
/// Vega, theta and rho are shown as traders read them (per vol point, per calendar day, per rate point), not in the raw
/// units of <see cref="OptionGreeks"/> that the JSON keeps; the Unit column and the caption say which. The table stays
/// within 80 columns, so a default terminal or redirected output does not wrap it.
/// </remarks>
public static class OptionTable
{
    private const double DaysPerYear = 365;
    private const double Point = 0.01;

    /// <summary>Writes the inputs, the price and its greeks.</summary>
    public static void WritePrice(IAnsiConsole console, OptionRight right, OptionStyle style, in OptionInputs inputs, in OptionGreeks greeks)
    {
        Table table = Inputs(right, style, inputs);
        table.AddRow("Volatility", Percent(inputs.Volatility), "a year");
        table.AddEmptyRow();
        table.AddRow("Price", Number(greeks.Price), "per share (x100 for a contract)");
        table.AddRow("Delta", Number(greeks.Delta), "per 1.00 of spot");
        table.AddRow("Gamma", Number(greeks.Gamma), "delta per 1.00 of spot");
        table.AddRow("Vega", Number(greeks.Vega * Point), "per vol point (vol +0.01)");
        table.AddRow("Theta", Number(greeks.Theta / DaysPerYear), "per calendar day");
        table.AddRow("Rho", Number(greeks.Rho * Point), "per rate point (rate +0.01)");
        table.Caption("--json: vega per 1.00 vol, theta per year, rho per 1.00 rate");
        console.Write(table);
    }

    /// <summary>Writes the inputs, the premium and the volatility it implies.</summary>
    public static void WriteImpliedVolatility(IAnsiConsole console, OptionRight right, OptionStyle style, in OptionInputs inputs, double premium, double volatility)
    {
        Table table = Inputs(right, style, inputs);
        table.AddRow("Premium", Number(premium), "per share");
        table.AddEmptyRow();
        table.AddRow("Implied volatility", Percent(volatility, "0.00%"), "a year");
        console.Write(table);
    }

    private static Table Inputs(OptionRight right, OptionStyle style, in OptionInputs inputs)
    {
        var table = new Table()
            .Title($"{style} {right}".ToLowerInvariant())
            .AddColumn(new TableColumn(string.Empty).NoWrap())
            .AddColumn(new TableColumn("Value").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Unit"));
        table.AddRow("Spot", Number(inputs.Spot), "per share");
        table.AddRow("Strike", Number(inputs.Strike), "per share");
        table.AddRow("Years", Number(inputs.Years), "calendar days / 365");
        table.AddRow("Rate", Percent(inputs.Rate), "a year, continuous");
        table.AddRow("Dividend yield", Percent(inputs.DividendYield), "a year, continuous");
        return table;
    }

    // Six significant digits whatever the size (a deep out-of-the-money gamma is 1e-6); "+ 0" turns -0 into 0.
    private static string Number(double value) => (value + 0.0).ToString("G6", CultureInfo.InvariantCulture);

    private static string Percent(double value, string format = "0.####%") => (value + 0.0).ToString(format, CultureInfo.InvariantCulture);
}
