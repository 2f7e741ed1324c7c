using Backtest.Core.Runs;
using Backtest.Strategies;

namespace Backtest.Cli;

/// <summary>What the commands depend on from outside: the strategies, where presets live, and the clock.</summary>
/// <param name="Strategies">The strategy classes.</param>
/// <param name="PresetFolders">Folders searched for presets, first match wins.</param>
/// <param name="Clock">The clock results are stamped with.</param>
public sealed record CliEnvironment(StrategyCatalog Strategies, IReadOnlyList<string> PresetFolders, TimeProvider Clock)
{
    /// <summary>The strategies shipped in <c>strategies/</c>, presets from <c>./strategies</c> then beside the program, the system clock.</summary>
    public static CliEnvironment Default() => new(
        new StrategyCatalog(typeof(Burry13F2025).Assembly),
        ["strategies", Path.Combine(AppContext.BaseDirectory, "presets")],
        TimeProvider.System);

    /// <summary>The presets in <see cref="PresetFolders"/>.</summary>
    public PresetCatalog Presets() => new([.. PresetFolders]);
}
