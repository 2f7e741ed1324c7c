using Backtest.Core.Results;

namespace Backtest.Core.Scenarios;

/// <summary>What a bootstrap Monte Carlo ran and found (<c>scenario.json</c>): enough to run it again to the same bytes.</summary>
/// <param name="Tool">The tool's name.</param>
/// <param name="Version">The tool's version.</param>
/// <param name="Id">A hash of everything that determines the numbers.</param>
/// <param name="CreatedUtc">When it was run, ISO 8601 UTC.</param>
/// <param name="CommandLine">The command line as typed.</param>
/// <param name="Kind">bootstrap.</param>
/// <param name="Start">The last real day: every path starts from its close.</param>
/// <param name="End">The last synthetic day.</param>
/// <param name="Paths">The number of paths.</param>
/// <param name="Horizon">Synthetic trading days per path.</param>
/// <param name="Seed">The seed.</param>
/// <param name="MeanBlock">The mean block length used, in days.</param>
/// <param name="BlockRule">politis-white (chosen from the history) or given (--block).</param>
/// <param name="BlockByTicker">Each ticker's Politis-White block length (its squared returns), when chosen from the history.</param>
/// <param name="HistoryFrom">The first day drawn from.</param>
/// <param name="HistoryTo">The last day drawn from.</param>
/// <param name="HistoryDays">The number of days drawn from.</param>
/// <param name="Drift">history (paths keep the history's trend) or none (each ticker's taken out).</param>
/// <param name="Targets">Each strategy run on the paths, with its statistics.</param>
/// <param name="Data">The data files read, with their SHA-256.</param>
public sealed record BootstrapRecord(
    string Tool,
    string Version,
    string Id,
    string CreatedUtc,
    string CommandLine,
    string Kind,
    string Start,
    string End,
    int Paths,
    int Horizon,
    long Seed,
    double MeanBlock,
    string BlockRule,
    IReadOnlyDictionary<string, double> BlockByTicker,
    string HistoryFrom,
    string HistoryTo,
    int HistoryDays,
    string Drift,
    IReadOnlyList<ScenarioTargetRecord> Targets,
    IReadOnlyList<DataFileRecord> Data);
