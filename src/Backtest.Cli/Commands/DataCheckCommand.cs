using Backtest.Cli.Output;
using Backtest.Core.Data;
using Backtest.Core.Data.Checks;
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
        // Checked here, not left to CsvFolderSource, whose message points at run's --data option.
        if (!Directory.Exists(settings.Folder))
        {
            throw CheckErrors.MissingFolder(settings.Folder);
        }

        FolderReport report = FolderCheck.Run(new CsvFolderSource(settings.Folder), JumpRules.Default);
        CheckTable.Write(console, report);
        return report.Verdict == Severity.Fail ? ExitCodes.BadInput : ExitCodes.Success;
    }
}
