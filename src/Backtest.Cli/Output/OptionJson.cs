using System.Text;
using System.Text.Json;
using Backtest.Core.Options.Pricing;

namespace Backtest.Cli.Output;

/// <summary>
/// What <c>option price --json</c> and <c>option implied-vol --json</c> print: one JSON object on one line, with the
/// inputs and the results in the raw units of <see cref="OptionGreeks"/>.
/// </summary>
/// <remarks>
/// Written straight to the console's text writer, not through Spectre's renderer, which would wrap a long line at the
/// console's width and could colour it. Numbers are invariant and round-trip (System.Text.Json writes the shortest text
/// that reads back to the same double); -0 is written as 0.
/// </remarks>
public static class OptionJson
{
    /// <summary>Writes the inputs, then price, delta, gamma, vega (per 1.00 of vol), theta (per year) and rho (per 1.00 of rate).</summary>
    public static void WritePrice(TextWriter output, OptionRight right, OptionStyle style, in OptionInputs inputs, in OptionGreeks greeks)
    {
        OptionInputs x = inputs;
        OptionGreeks g = greeks;
        Write(output, json =>
        {
            Inputs(json, right, style, x);
            Number(json, "vol", x.Volatility);
            Number(json, "price", g.Price);
            Number(json, "delta", g.Delta);
            Number(json, "gamma", g.Gamma);
            Number(json, "vega", g.Vega);
            Number(json, "theta", g.Theta);
            Number(json, "rho", g.Rho);
        });
    }

    /// <summary>Writes the inputs, the premium and the implied volatility under <c>vol</c> (a fraction a year: 0.5 = 50%).</summary>
    public static void WriteImpliedVolatility(TextWriter output, OptionRight right, OptionStyle style, in OptionInputs inputs, double premium, double volatility)
    {
        OptionInputs x = inputs;
        Write(output, json =>
        {
            Inputs(json, right, style, x);
            Number(json, "premium", premium);
            Number(json, "vol", volatility);
        });
    }

    private static void Inputs(Utf8JsonWriter json, OptionRight right, OptionStyle style, in OptionInputs x)
    {
        json.WriteString("type", right.ToString().ToLowerInvariant());
        json.WriteString("style", style.ToString().ToLowerInvariant());
        Number(json, "spot", x.Spot);
        Number(json, "strike", x.Strike);
        Number(json, "years", x.Years);
        Number(json, "rate", x.Rate);
        Number(json, "dividendYield", x.DividendYield);
    }

    private static void Number(Utf8JsonWriter json, string name, double value) => json.WriteNumber(name, value + 0.0);

    private static void Write(TextWriter output, Action<Utf8JsonWriter> properties)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            properties(json);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Flush();
    }
}
