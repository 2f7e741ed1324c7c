using System.Text.Json;
using System.Text.Json.Serialization;
using Backtest.Core.Engine;
using Backtest.Core.Metrics;
using Backtest.Core.Runs;
using CsvHelper;

namespace Backtest.Core.Results;

/// <summary>Writes a run's results folder: equity, trades, positions, options, metrics and the run record, all or nothing.</summary>
/// <remarks>Written through <see cref="AtomicFolder"/>: a reader never sees a half-written result.</remarks>
public static class ResultFolder
{
    /// <summary>How result JSON is written and read: camel case, indented, and null for an undefined ratio.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new UndefinedAsNull() },
    };

    /// <summary>
    /// Writes <paramref name="outcome"/> to <c>&lt;root&gt;/&lt;label&gt;/&lt;yyyyMMdd-HHmmss&gt;-&lt;id&gt;/</c> and returns
    /// that folder. <paramref name="extraFiles"/> may add files (a report) inside the temporary folder before the rename.
    /// A label that is not a plain folder name, an empty root, or a failure of the disk is an <see cref="InputException"/>,
    /// with nothing left behind.
    /// </summary>
    public static string Write(
        RunOutcome outcome,
        string root,
        DateTimeOffset createdUtc,
        string commandLine,
        Action<string>? extraFiles = null)
    {
        string runId = RunIdentity.Of(outcome.Plan);
        string name = $"{createdUtc.UtcDateTime:yyyyMMdd-HHmmss}-{runId}";
        string parent = OutputPath.Under(root, outcome.Plan.Label, outcome.Plan.Preset?.Path ?? $"strategy {outcome.Plan.Strategy.Name}");
        return AtomicFolder.Create(parent, name, folder =>
        {
            WriteEquity(Path.Combine(folder, "equity.csv"), outcome);
            WriteTrades(Path.Combine(folder, "trades.csv"), outcome.Result);
            WritePositions(Path.Combine(folder, "positions.csv"), outcome.Result);
            if (outcome.Result.Options.Count > 0)
            {
                OptionsCsv.Write(Path.Combine(folder, "options.csv"), outcome.Result);
            }

            ResultFile.WriteText(Path.Combine(folder, "metrics.json"), JsonSerializer.Serialize(outcome.Metrics, Json));
            RunRecord record = RunRecord.Of(outcome, runId, createdUtc, commandLine);
            ResultFile.WriteText(Path.Combine(folder, "run.json"), JsonSerializer.Serialize(record, Json));
            extraFiles?.Invoke(folder);
        });
    }

    private static void WriteEquity(string path, RunOutcome outcome)
    {
        BacktestResult r = outcome.Result;
        double[] returns = DailyReturns.From(r.Equity, r.Capital);
        double[] drawdown = Drawdown.Underwater(r.Equity, r.Capital);
        double[]? benchmark = outcome.Benchmark?.Equity;
        using CsvWriter csv = ResultCsv.Create(path);
        ResultCsv.WriteHeader(csv, "date", "equity", "cash", "long_value", "short_value", "option_value", "gross_exposure", "net_exposure", "delta_exposure", "daily_return", "drawdown", "benchmark_equity");
        for (int t = 0; t < r.DayCount; t++)
        {
            double equity = r.Equity[t];
            csv.WriteField(r.Date(t));
            csv.WriteField(equity);
            csv.WriteField(r.Cash[t]);
            csv.WriteField(r.LongValue[t]);
            csv.WriteField(r.ShortValue[t]);
            csv.WriteField(r.OptionValue[t]);
            csv.WriteField((r.LongValue[t] - r.ShortValue[t]) / equity);
            csv.WriteField((r.LongValue[t] + r.ShortValue[t]) / equity);
            csv.WriteField((r.LongValue[t] + r.ShortValue[t] + r.OptionDeltaValue[t]) / equity);
            csv.WriteField(returns[t]);
            csv.WriteField(drawdown[t]);
            if (benchmark is null)
            {
                csv.WriteField(string.Empty);
            }
            else
            {
                csv.WriteField(benchmark[t]);
            }

            csv.EndRecord();
        }
    }

    private static void WriteTrades(string path, BacktestResult r)
    {
        using CsvWriter csv = ResultCsv.Create(path);
        ResultCsv.WriteHeader(csv, "date", "ticker", "contract", "quantity", "price", "multiplier", "value", "commission", "slippage", "reason");
        int tickers = r.Panel.TickerCount;
        foreach (Trade trade in r.Trades)
        {
            bool option = trade.Instrument >= tickers;
            csv.WriteField(r.Date(trade.Day));
            csv.WriteField(option ? r.Options[trade.Instrument - tickers].Contract.Underlying : r.Panel.Tickers[trade.Instrument]);
            csv.WriteField(option ? r.InstrumentName(trade.Instrument) : string.Empty);
            csv.WriteField(trade.Quantity);
            csv.WriteField(trade.Price);
            csv.WriteField(trade.Multiplier);
            csv.WriteField(trade.Value);
            csv.WriteField(trade.Commission);
            csv.WriteField(trade.Slippage);
            csv.WriteField(ResultText.Kebab(trade.Reason.ToString()));
            csv.EndRecord();
        }
    }

    private static void WritePositions(string path, BacktestResult r)
    {
        using CsvWriter csv = ResultCsv.Create(path);
        ResultCsv.WriteHeader(csv, "date", "ticker", "quantity", "close", "market_value", "weight");
        int days = r.Panel.DayCount;
        for (int t = 0; t < r.DayCount; t++)
        {
            for (int i = 0; i < r.Panel.TickerCount; i++)
            {
                double quantity = r.Quantity(i, t);
                if (quantity == 0)
                {
                    continue;
                }

                double close = r.Panel.Close[(i * days) + t];
                csv.WriteField(r.Date(t));
                csv.WriteField(r.Panel.Tickers[i]);
                csv.WriteField(quantity);
                csv.WriteField(close);
                csv.WriteField(quantity * close);
                csv.WriteField(quantity * close / r.Equity[t]);
                csv.EndRecord();
            }
        }
    }
}
