using Backtest.Core.Data;
using System.ComponentModel;
using System.Globalization;
using Backtest.Cli.Fetching;
using Backtest.Core.Download;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments of <c>data fetch</c>.</summary>
public sealed class DataFetchSettings : CommandSettings
{
    /// <summary>The tickers.</summary>
    [CommandArgument(0, "<TICKERS>")]
    [Description("Tickers as the source writes them, e.g. NVDA PLTR MSFT SPY (BRK-B, ^GSPC).")]
    public string[] Tickers { get; init; } = [];

    /// <summary>First day.</summary>
    [CommandOption("--from <DATE>")]
    [Description("First day to fetch (yyyy-MM-dd); default: the whole history.")]
    public string? From { get; init; }

    /// <summary>Last day.</summary>
    [CommandOption("--to <DATE>")]
    [Description("Last day to fetch (yyyy-MM-dd); default: yesterday, since today's bar is not final.")]
    public string? To { get; init; }

    /// <summary>The data folder.</summary>
    [CommandOption("--data <DIR>")]
    [Description("Folder the files go to, <TICKER>.csv, <TICKER>_dividends.csv and <TICKER>_splits.csv; default: data.")]
    public string? Data { get; init; }

    /// <summary>The provider.</summary>
    [CommandOption("--source <NAME>")]
    [Description("Where prices come from: yahoo (Yahoo's public chart endpoint).")]
    [DefaultValue(YahooSource.Name)]
    public string Source { get; init; } = YahooSource.Name;

    /// <summary>Timeout per request.</summary>
    [CommandOption("--timeout <SECONDS>")]
    [Description("Seconds one request may take before it is tried again.")]
    [DefaultValue(30.0)]
    public double Timeout { get; init; } = 30;

    /// <summary>Attempts per ticker.</summary>
    [CommandOption("--attempts <N>")]
    [Description("Requests per ticker at most, retrying with growing waits after 429, 5xx and timeouts.")]
    [DefaultValue(4)]
    public int Attempts { get; init; } = 4;

    /// <summary>The first day asked, if given.</summary>
    public DateOnly? FromDate => ParseDate(From);

    /// <summary>The last day asked, if given.</summary>
    public DateOnly? ToDate => ParseDate(To);

    /// <summary>The download options these settings describe.</summary>
    public DownloadOptions ToOptions() => new() { Timeout = TimeSpan.FromSeconds(Timeout), MaxAttempts = Attempts };

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Tickers.Length == 0)
        {
            return ValidationResult.Error("name at least one ticker to fetch, e.g. data fetch NVDA PLTR");
        }

        foreach (string ticker in Tickers)
        {
            if (!TickerSymbol.IsValid(ticker))
            {
                return ValidationResult.Error(DownloadErrors.BadTicker(ticker).Message);
            }
        }

        foreach ((string name, string? text) in new[] { ("--from", From), ("--to", To) })
        {
            if (text is not null && ParseDate(text) is null)
            {
                return ValidationResult.Error($"{name} '{text}' is not a date yyyy-MM-dd");
            }
        }

        if (FromDate > ToDate)
        {
            return ValidationResult.Error($"--from {From} is after --to {To}");
        }

        if (!double.IsFinite(Timeout) || Timeout <= 0 || Timeout > 600)
        {
            return ValidationResult.Error($"--timeout {Timeout.ToString(CultureInfo.InvariantCulture)}: expected seconds above 0, at most 600");
        }

        return Attempts is < 1 or > 20
            ? ValidationResult.Error($"--attempts {Attempts}: expected a whole number from 1 to 20")
            : ValidationResult.Success();
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) ? date : null;
}
