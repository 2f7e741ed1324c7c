using Backtest.Core.Parameters;

namespace Backtest.Core.Runs;

/// <summary>What the user asked to run, before anything is loaded or checked.</summary>
/// <param name="Target">A preset name, a strategy name, or the path of a <c>.preset</c> file.</param>
/// <param name="Assignments">Parameter values from the command line, applied after the preset's (so they win).</param>
/// <param name="DataFolder">The data folder: price CSVs, LEAN daily data or Stooq text files.</param>
/// <param name="CommandLine">The command line as typed, for the run record.</param>
public sealed record RunRequest(string Target, IReadOnlyList<Assignment> Assignments, string DataFolder, string CommandLine)
{
    /// <summary>
    /// Called once, before loading, with the tickers missing from <see cref="DataFolder"/>, to put their files there (a
    /// download); null (the default) leaves the folder as it is. The CLI sets it only for its default data folder.
    /// </summary>
    public Action<MissingPrices>? FetchMissing { get; init; }

    /// <summary>
    /// Lays something over the data folder's prices before anything is loaded (a scenario's synthetic days), or null
    /// (the default) to run on the folder as it is.
    /// </summary>
    public Func<Data.IPriceSource, Data.IPriceSource>? Overlay { get; init; }

    /// <summary>Whether a warning (see <see cref="RunWarnings"/>) stops the run as an input error.</summary>
    public bool Strict { get; init; }
}
