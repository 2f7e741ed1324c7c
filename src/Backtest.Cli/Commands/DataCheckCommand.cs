using Backtest.Cli.Output;
using Backtest.Core.Data;
using Backtest.Core.Data.Checks;
using Backtest.Core.Parameters;
using Backtest.Core.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary><c>data check</c>: a table of every ticker in a folder of price files, with what would make a backtest wrong.</summary>
/// <remarks>Exit code 2 when any ticker fails (a backtest on the folder could be wrong), 0 when every ticker is ok or only warns.</remarks>
public sealed class DataCheckCommand(IAnsiConsole console) : Command<DataCheckSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, DataCheckSettings settings, CancellationToken cancellationToken)
    {
        // Checked here, not left to the source, whose message points at run's --data option.
        if (!Directory.Exists(settings.Folder))
        {
            throw CheckErrors.MissingFolder(settings.Folder);
        }

        // The reading options are run settings: the same names, values and messages as run's.
        var assignments = new List<Assignment>();
        Assignment.AddOption(assignments, "dataFormat", "--format", settings.Format);
        Assignment.AddOption(assignments, "columns", "--columns", settings.Columns);
        Assignment.AddOption(assignments, "dateFormat", "--date-format", settings.DateFormat);
        Assignment.AddOption(assignments, "prices", "--prices", settings.Prices);
        var reading = (Backtest.Core.Runs.RunSettings)ParameterBinder.Bind([RunPlan.RunGroup], assignments)[0];

        IPriceSource source = PriceSources.Open(settings.Folder, reading);
        JumpRules rules = JumpRules.Default with { RawPrices = reading.Prices == PriceAdjustment.Raw };
        FolderReport report = FolderCheck.Run(source, rules);
        CheckTable.Write(console, report);
        return report.Verdict == Severity.Fail ? ExitCodes.BadInput : ExitCodes.Success;
    }
}
