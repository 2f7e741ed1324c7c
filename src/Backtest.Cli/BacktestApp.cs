using Backtest.Cli.Commands;
using Backtest.Core;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli;

/// <summary>Builds and runs the command-line app; tests drive it in-process with their own consoles and environment.</summary>
public static class BacktestApp
{
    /// <summary>
    /// Runs <paramref name="args"/> and returns the exit code: results, tables and progress on <paramref name="console"/>
    /// (standard output), errors, warnings and notes on <paramref name="errorConsole"/> (standard error, as an
    /// <see cref="ErrorConsole"/>). <paramref name="cancellationToken"/> asks a long command (a sweep) to stop cleanly.
    /// </summary>
    public static int Run(string[] args, IAnsiConsole console, IAnsiConsole errorConsole, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var errors = new ErrorConsole(errorConsole);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("backtest");
            config.SetApplicationVersion(ToolVersion.Text);
            config.ConfigureConsole(console);

            // A mistyped option (--form for --from) must stop the run, not be dropped while the run goes on without it.
            config.UseStrictParsing();
            config.Settings.Registrar.RegisterInstance(environment);
            config.Settings.Registrar.RegisterInstance(console);
            config.Settings.Registrar.RegisterInstance(errors);
            config.AddCommand<RunCommand>("run")
                .WithDescription("Run a strategy or preset over daily price CSVs and write a results folder.")
                .WithExample("run", "burry-13f-2025", "--data", "data")
                .WithExample("run", "burry-13f-2025", "--set", "shortAllocation=0.6", "--set", "borrowFee.PLTR=0.03");
            config.AddCommand<ScenarioCommand>("scenario")
                .WithDescription("Run a strategy or preset on a future made from history, through the same engine and costs as run: a historical analog replayed from the last real day (--analog dotcom-bust), or block-bootstrap paths of whole historical days (--bootstrap 10000).")
                .WithExample("scenario", "burry-13f-2025", "--analog", "dotcom-bust")
                .WithExample("scenario", "burry-puts-2025", "--analog", "tech-2022", "--start", "2026-01-02", "--beta", "trailing,NVDA=2")
                .WithExample("scenario", "burry-13f-2025", "--versus", "burry-puts-2025", "--bootstrap", "10000", "--horizon", "252", "--seed", "7");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Draw the figures and report.pdf of a results folder again, from its saved CSV and JSON.")
                .WithExample("report", "results/burry-13f-2025/20261126-010020-83f11529", "--log");
            config.AddCommand<CompareCommand>("compare")
                .WithDescription("Overlay the equity curves and drawdowns of several results folders in one figure and table.")
                .WithExample("compare", "results/burry-13f-2025/a", "results/burry-13f-2025/b", "results/burry-13f-2025/c");
            config.AddCommand<ListCommand>("list")
                .WithDescription("List strategies, presets and every parameter with its default and valid range; 'list NAME' shows one strategy or preset with the values it would run with.")
                .WithExample("list", "burry-13f-2025");
            config.AddBranch("sweep", sweep =>
            {
                sweep.SetDescription("Run every combination of a parameter grid in parallel, write one row per combination (sweep.csv), rank them; shard across a batch scheduler and merge. 'sweep STRATEGY --help' lists its options.");
                sweep.SetDefaultCommand<SweepCommand>();
                sweep.AddExample("sweep", "burry-13f-2025", "--from", "2024-01-01", "--grid", "shortAllocation=0.1:1.0:0.1", "--grid", "entryDate=2024-01-01..2025-10-01:monthly");
                sweep.AddExample("sweep", "burry-puts-2025", "--grid", "pltrStrike=30,50,70", "--grid", "pltrExpiry=2026-06-18,2027-01-15", "--set", "pltrPremium=0");
                sweep.AddCommand<SweepMergeCommand>("merge")
                    .WithDescription("Join the folders of a sweep's shards into the sweep.csv one process would have written.")
                    .WithExample("sweep", "merge", "results/burry-13f-2025/sweep-20261126-010020-83f11529-shard-1-of-2", "results/burry-13f-2025/sweep-20261126-010020-83f11529-shard-2-of-2");
            });
            config.AddBranch("data", data =>
            {
                data.SetDescription("Fetch and check price data.");
                data.AddCommand<DataFetchCommand>("fetch")
                    .WithDescription("Download daily bars, dividends and splits (Yahoo) into the data folder, in the format run reads.")
                    .WithExample("data", "fetch", "NVDA", "PLTR", "MSFT", "SPY")
                    .WithExample("data", "fetch", "NVDA", "--from", "2020-01-01", "--data", "data");
                data.AddCommand<DataCheckCommand>("check")
                    .WithDescription("Check a folder of price files for what would make a backtest wrong: placeholder bars, split-like jumps, unreadable files (exit 2), and missing days or large moves (warnings).")
                    .WithExample("data", "check", "../shared/data/yahoo-daily");
            });
            config.AddBranch("option", option =>
            {
                option.SetDescription("Option calculator: price and greeks, or the volatility a premium implies (Black-Scholes-Merton; American by default).");
                option.AddCommand<OptionPriceCommand>("price")
                    .WithDescription("Model price and greeks of one option: a table (vega per vol point, theta per calendar day, rho per rate point) or one JSON object (--json, raw units).")
                    .WithExample("option", "price", "--type", "put", "--spot", "184.95", "--strike", "50", "--years", "1.2904", "--rate", "0.04", "--vol", "0.76")
                    .WithExample("option", "price", "--type", "call", "--style", "european", "--spot", "42", "--strike", "40", "--years", "0.5", "--rate", "0.1", "--vol", "0.2", "--json");
                option.AddCommand<OptionImpliedVolCommand>("implied-vol")
                    .WithDescription("The volatility at which the model price equals a premium: a table, or one JSON object (--json) with it under 'vol' (0.5 = 50%). A premium no volatility gives is exit code 2.")
                    .WithExample("option", "implied-vol", "--type", "put", "--spot", "184.95", "--strike", "50", "--years", "1.2904", "--rate", "0.04", "--premium", "1.84")
                    .WithExample("option", "implied-vol", "--type", "put", "--spot", "184.95", "--strike", "50", "--years", "1.2904", "--rate", "0.04", "--premium", "1.84", "--json");
            });
            config.SetExceptionHandler((exception, _) => Report(errors, exception));
        });
        return app.Run(args, cancellationToken);
    }

    // Bad input gets one line and exit code 2; anything else is a bug and gets the whole trace and exit code 1.
    private static int Report(ErrorConsole errors, Exception exception)
    {
        switch (exception)
        {
            case InputException input:
                errors.Error(input.Message);
                return ExitCodes.BadInput;
            case CommandAppException command:
                errors.Error(command.Message);
                return ExitCodes.BadInput;
            default:
                errors.InternalError(exception);
                return ExitCodes.InternalError;
        }
    }
}
