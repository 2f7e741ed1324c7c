using Backtest.Core.Data;
using Backtest.Core.Parameters;

namespace Backtest.Core.Runs;

/// <summary>The run's window, benchmark and data format: set in a preset, with <c>--set</c>, or with <c>--from</c>, <c>--to</c>, <c>--benchmark</c>, <c>--columns</c> and <c>--date-format</c>.</summary>
public sealed record RunSettings
{
    /// <summary>The first day of the run, or null for the first day all the strategy's tickers trade.</summary>
    [Parameter("First day of the run (yyyy-MM-dd); empty: when all the strategy's tickers trade")]
    public DateOnly? From { get; init; }

    /// <summary>The last day of the run, or null for the last day all the strategy's tickers have data.</summary>
    [Parameter("Last day of the run (yyyy-MM-dd); empty: the end of the data")]
    public DateOnly? To { get; init; }

    /// <summary>The buy-and-hold benchmark, or <c>none</c>.</summary>
    [Parameter("Buy-and-hold benchmark ticker (dividends reinvested, no costs), or none", Ticker = true, NoneAllowed = true)]
    public string Benchmark { get; init; } = "SPY";

    /// <summary>Whether the data's prices are split-adjusted or raw (as traded, with splits resizing positions).</summary>
    [Parameter("Prices in the data: adjusted (split-adjusted, as Yahoo's) or raw (as traded; <TICKER>_splits.csv or LEAN factor files resize positions on split dates, as LEAN's raw mode)")]
    public PriceAdjustment Prices { get; init; } = PriceAdjustment.Adjusted;

    /// <summary>The layout of the data folder, or <see cref="Data.DataFormat.Auto"/> to find it from the folder.</summary>
    [Parameter("Format of the data folder: auto (lean for LEAN's layout or zips, stooq for Stooq .txt files, else csv), csv, lean or stooq")]
    public DataFormat DataFormat { get; init; } = DataFormat.Auto;

    /// <summary>The header names a CSV folder uses for our columns, as <c>ours=theirs</c> pairs; empty keeps our names.</summary>
    [Parameter("CSV column names as ours=theirs, comma separated, e.g. date=Datum,close=Schluss; columns not named keep their names (Date, Open, High, Low, Close, Volume, Dividend)")]
    public string Columns { get; init; } = string.Empty;

    /// <summary>The date format of a CSV folder's Date columns.</summary>
    [Parameter("Date format of CSV files (.NET custom format), e.g. dd.MM.yyyy or yyyyMMdd")]
    public string DateFormat { get; init; } = CsvFormat.IsoDate;

    /// <summary>Dated borrow terms: a CSV table or a folder of LEAN shortable files; empty for none.</summary>
    [Parameter("Dated borrow terms: a CSV table date,ticker,fee[,rebate][,available] or a folder of LEAN shortable files (<ticker>.csv: yyyyMMdd,quantity,rebate %,fee %); empty: none, borrowFee alone")]
    public string BorrowData { get; init; } = string.Empty;

    /// <summary>The annual risk-free rate for Sharpe, Sortino and alpha.</summary>
    [Parameter("Annual risk-free rate used by Sharpe, Sortino and alpha (0.04 = 4%)", Min = -0.1, Max = 1)]
    public double RiskFreeRate { get; init; }

    /// <summary>Dated notes drawn as markers on the figures.</summary>
    [Parameter("A note drawn as a marker on the figures, e.g. annotation.2025-11-03=13F filed")]
    public DatedNotes Annotation { get; init; } = new();
}
