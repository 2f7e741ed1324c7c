using Backtest.Core.Runs;
using Backtest.Strategies;
using Backtest.Testing;
using Spectre.Console.Testing;

namespace Backtest.Cli.Tests;

/// <summary>Runs the command line in-process with the repository's strategies and presets and a fixed clock.</summary>
internal static class TestCli
{
    /// <summary>The instant every test run is stamped with.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 18, 30, 0, TimeSpan.Zero);

    /// <summary>The name results folders get from <see cref="Now"/>, before the run id.</summary>
    public const string FolderStamp = "20260115-183000-";

    /// <summary>The small synthetic price files shipped with the tests (PLTR, NVDA, SPY, MSFT; 2025-09-25 to 2025-12-31).</summary>
    public static string FixturePrices => Path.Combine(AppContext.BaseDirectory, "Fixtures", "prices");

    /// <summary>The repository's preset folder.</summary>
    public static string PresetFolder => Path.Combine(TestPaths.RepoRoot, "strategies");

    /// <summary>The strategies of <c>strategies/</c>, the repository's presets and the fixed clock.</summary>
    public static CliEnvironment Environment() =>
        new(new StrategyCatalog(typeof(Burry13F2025).Assembly), [PresetFolder], new FixedClock(Now));

    /// <summary>Runs <paramref name="args"/> on wide test consoles, so that tables are not wrapped.</summary>
    public static CliRun Run(params string[] args) => Run(Environment(), args);

    /// <summary>Runs <paramref name="args"/> in <paramref name="environment"/> on wide test consoles.</summary>
    public static CliRun Run(CliEnvironment environment, params string[] args)
    {
        using var consoles = new CliConsoles(new TestConsole().Width(1000));
        return consoles.Run(args, environment);
    }
}
