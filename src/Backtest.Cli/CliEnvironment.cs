using Backtest.Cli.Fetching;
using Backtest.Core.Download;
using Backtest.Core.Runs;
using Backtest.Strategies;

namespace Backtest.Cli;

/// <summary>What the commands depend on from outside: the strategies, where presets live, the clock, the data folder and price sources.</summary>
/// <param name="Strategies">The strategy classes.</param>
/// <param name="PresetFolders">Folders searched for presets, first match wins.</param>
/// <param name="Clock">The clock results are stamped with.</param>
public sealed record CliEnvironment(StrategyCatalog Strategies, IReadOnlyList<string> PresetFolders, TimeProvider Clock)
{
    /// <summary>The data folder used without <c>--data</c>: <c>run</c> fetches into it the prices it lacks.</summary>
    public string DataFolder { get; init; } = "data";

    /// <summary>The price sources of <c>data fetch --source</c>, the first being the default; none unless registered.</summary>
    public PriceDownloaderRegistry Downloaders { get; init; } = PriceDownloaderRegistry.Empty;

    /// <summary>Reads an environment variable (a batch scheduler's shard index); none by default, so that tests see only what they set.</summary>
    public Func<string, string?> Variables { get; init; } = _ => null;

    /// <summary>The shipped strategies and presets, the system clock, <c>data/</c>, and Yahoo (at <c>BACKTEST_YAHOO_URL</c> if set).</summary>
    public static CliEnvironment Default() => Default(Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="Default()"/>, reading environment variables through <paramref name="variables"/>.</summary>
    public static CliEnvironment Default(Func<string, string?> variables) => new(
        new StrategyCatalog(typeof(Burry13F2025).Assembly),
        ["strategies", Path.Combine(AppContext.BaseDirectory, "presets")],
        TimeProvider.System)
    {
        Downloaders = YahooSource.Registry(variables(YahooSource.UrlVariable)),
        Variables = variables,
    };

    /// <summary>The presets in <see cref="PresetFolders"/>.</summary>
    public PresetCatalog Presets() => new([.. PresetFolders]);
}
