using System.Globalization;
using Backtest.Core.Metrics;
using Backtest.Core.Results;

namespace Backtest.Reporting.Input;

/// <summary>A run as its results folder saved it: the record of what produced it, its metrics and its daily series.</summary>
/// <param name="Folder">The results folder.</param>
/// <param name="Record">What produced it (<c>run.json</c>).</param>
/// <param name="Metrics">Its numbers (<c>metrics.json</c>).</param>
/// <param name="Dates">The days (<c>equity.csv</c>).</param>
/// <param name="Equity">Equity at each close.</param>
/// <param name="LongValue">Long market value at each close.</param>
/// <param name="ShortValue">Short market value at each close (negative).</param>
/// <param name="OptionValue">The options' value (contracts x 100 x mark) at each close; zeros for a folder saved before options.</param>
/// <param name="DeltaExposure">
/// Delta-adjusted net exposure at each close, as a fraction of equity; for a folder saved before options, the net exposure
/// of its shares (which is what it was: such a run held no options).
/// </param>
/// <param name="Benchmark">The benchmark's equity at each close, or null.</param>
/// <param name="Trades">The fills (<c>trades.csv</c>).</param>
/// <param name="OptionMarks">The option positions by day (<c>options.csv</c>); empty when the run held none.</param>
public sealed record SavedRun(
    string Folder,
    RunRecord Record,
    RunMetrics Metrics,
    DateOnly[] Dates,
    double[] Equity,
    double[] LongValue,
    double[] ShortValue,
    double[] OptionValue,
    double[] DeltaExposure,
    double[]? Benchmark,
    IReadOnlyList<SavedTrade> Trades,
    IReadOnlyList<SavedOptionMark> OptionMarks)
{
    /// <summary>Whether the run held or traded option contracts.</summary>
    public bool HasOptions => OptionMarks.Count > 0 || Trades.Any(t => t.IsOption);

    /// <summary>The option contracts the run traded or held, in the order they first appear.</summary>
    public IReadOnlyList<string> Contracts =>
        [.. Trades.Where(t => t.IsOption).Select(t => t.Contract).Concat(OptionMarks.Select(m => m.Contract)).Distinct(StringComparer.Ordinal)];

    /// <summary>The name the run is filed under: its preset's, else its strategy's.</summary>
    public string Label => Record.Preset is { } preset ? Path.GetFileNameWithoutExtension(preset) : Record.Strategy;

    /// <summary>When the run was made: the date its documents carry, so that drawing them again gives the same bytes.</summary>
    public DateTime Created => SavedFile.Created(Record.CreatedUtc);

    /// <summary>Starting capital.</summary>
    public double Capital => Metrics.Capital;

    /// <summary>The user's dated notes (<c>annotation.yyyy-MM-dd = text</c>), in date order.</summary>
    public IReadOnlyList<(DateOnly Date, string Text)> Annotations =>
        Record.Run
            .Where(kv => kv.Key.StartsWith("annotation.", StringComparison.Ordinal))
            .Select(kv => (DateOnly.ParseExact(kv.Key["annotation.".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture), kv.Value))
            .OrderBy(note => note.Item1)
            .ToArray();

    /// <summary>The strategy's parameters, as "name=value, ...".</summary>
    public string ParameterLine => string.Join(", ", Record.Parameters.Select(kv => $"{kv.Key}={kv.Value}"));

    /// <summary>The engine settings a reader needs to judge the numbers, in words.</summary>
    public string SettingsLine
    {
        get
        {
            string Setting(string name) => Record.Engine.TryGetValue(name, out string? value) ? value : "?";
            var parts = new List<string>
            {
                $"fill at {Setting("fill")}",
                $"slippage {Setting("slippageBps")} bp",
                $"borrow {Percent(Setting("borrowFee"))}/yr",
                $"leverage cap {Setting("leverageCap")}x",
            };
            parts.AddRange(Record.Engine.Where(kv => kv.Key.StartsWith("borrowFee.", StringComparison.Ordinal))
                .Select(kv => $"{kv.Key["borrowFee.".Length..]} borrow {Percent(kv.Value)}/yr"));
            parts.Add(Setting("stopLoss") is "0" ? "no stop" : $"stop at {Percent(Setting("stopLoss"))} loss");
            if (HasOptions)
            {
                parts.AddRange(OptionSettings);
            }

            return string.Join(", ", parts);
        }
    }

    // Only what moves an option's mark or fill: the spread, the rate and the rule for volatilities no strategy set.
    private IEnumerable<string> OptionSettings
    {
        get
        {
            string Setting(string name) => Record.Options.TryGetValue(name, out string? value) ? value : "?";
            yield return $"option spread {Percent(Setting("optionSpread"))} of premium";
            yield return Setting("optionRateFile") is { Length: > 0 } file and not "?"
                ? $"option rate from {Path.GetFileName(file)}"
                : $"option rate {Percent(Setting("optionRate"))}";
            string rule = Setting("volModel") == "fixed"
                ? $"{Percent(Setting("vol"))} fixed"
                : $"{Setting("volWindow")}-day realised x{Setting("volMultiplier")} (floor {Percent(Setting("volFloor"))})";
            yield return $"option vol {rule} unless anchored or set";
            foreach (var kv in Record.Options.Where(kv => kv.Key.StartsWith("vol.", StringComparison.Ordinal)))
            {
                yield return $"{kv.Key["vol.".Length..]} option vol {Percent(kv.Value)}";
            }
        }
    }

    private static string Percent(string fraction) =>
        double.TryParse(fraction, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value.ToString("0.##%", CultureInfo.InvariantCulture)
            : fraction;
}
