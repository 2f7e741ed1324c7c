using Backtest.Cli.Output;
using Backtest.Core.Sweeps;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary><c>sweep merge</c>: join a sweep's shard folders into one.</summary>
public sealed class SweepMergeCommand(IAnsiConsole console) : Command<SweepMergeSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, SweepMergeSettings settings, CancellationToken cancellationToken)
    {
        (string folder, long rows) = SweepMerge.Merge(settings.Folders, settings.Out);
        console.Write(new MessageLine($"merged {settings.Folders.Length} shards, {rows:N0} rows"));
        console.Write(new MessageLine($"Results: {folder}"));
        return ExitCodes.Success;
    }
}
