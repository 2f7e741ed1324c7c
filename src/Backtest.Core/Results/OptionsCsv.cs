using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Options;
using Backtest.Core.Options.Pricing;
using CsvHelper;

namespace Backtest.Core.Results;

/// <summary>
/// Writes <c>options.csv</c>: one row per option position per day with every input of its mark, so that anyone can
/// reprice each mark with another library. <c>volSource</c> says where the volatility came from: anchored (solved from a
/// premium), strategy (given by the strategy), fixed or realized (the option settings' rule).
/// </summary>
public static class OptionsCsv
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["date", "contract", "underlying", "type", "style", "strike", "expiry", "contracts", "spot", "years", "rate", "dividendYield", "vol", "mark", "value", "delta", "volSource"];

    /// <summary>Writes the option positions of <paramref name="result"/> to <paramref name="path"/>, by day then contract.</summary>
    public static void Write(string path, BacktestResult result)
    {
        var held = new double[result.Options.Count][];
        for (int k = 0; k < held.Length; k++)
        {
            held[k] = result.OptionContracts(k);
        }

        using CsvWriter csv = ResultCsv.Create(path);
        ResultCsv.WriteHeader(csv, [.. Columns]);
        PricePanel panel = result.Panel;
        for (int t = 0; t < result.DayCount; t++)
        {
            for (int k = 0; k < held.Length; k++)
            {
                double contracts = held[k][t];
                OptionSeries series = result.Options[k];
                if (contracts == 0 || !series.Covers(t))
                {
                    continue;
                }

                OptionContract c = series.Contract;
                double spot = panel.Close[(series.Underlying * panel.DayCount) + t];
                csv.WriteField(result.Date(t));
                csv.WriteField(c.Name);
                csv.WriteField(c.Underlying);
                csv.WriteField(c.Right == OptionRight.Put ? "put" : "call");
                csv.WriteField(c.Style == OptionStyle.American ? "american" : "european");
                csv.WriteField(c.Strike);
                csv.WriteField(c.Expiry);
                csv.WriteField(contracts);
                csv.WriteField(spot);
                csv.WriteField(series.Years(t));
                csv.WriteField(series.Rate(t));
                csv.WriteField(series.DividendYield);
                csv.WriteField(series.Volatility(t));
                csv.WriteField(series.Mark(t));
                csv.WriteField(contracts * OptionContract.Multiplier * series.Mark(t));
                csv.WriteField(series.Delta(t));
                csv.WriteField(ResultText.Kebab(series.VolatilitySource.ToString()));
                csv.EndRecord();
            }
        }
    }
}
