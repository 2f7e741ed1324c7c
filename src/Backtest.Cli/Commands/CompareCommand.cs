using System.Security.Cryptography;
using System.Text;
using Backtest.Cli.Output;
using Backtest.Core.Results;
using Backtest.Reporting.Comparison;
using Backtest.Reporting.Input;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary><c>compare</c>: several results folders overlaid in one equity, one drawdown and one delta-adjusted exposure figure, and one table.</summary>
public sealed class CompareCommand(IAnsiConsole console, CliEnvironment environment) : Command<CompareSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        SavedRun[] runs = [.. settings.Folders.Select(SavedRunReader.ReadFinished)];
        if (settings.Sort is not null)
        {
            runs = ComparisonOrder.Sort(runs, settings.Sort);
        }

        string id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", runs.Select(r => r.Record.RunId)))))[..8];
        string name = $"{environment.Clock.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss}-{id}";
        string parent = OutputPath.Under(settings.Out, "compare", "--out");
        string folder = AtomicFolder.Create(parent, name, target => ComparisonReport.Write(runs, target, settings.ToOptions()));

        ComparisonTable.Write(console, runs, RunLabels.Of(runs));
        console.Write(new MessageLine($"Comparison: {folder}"));
        return ExitCodes.Success;
    }
}
