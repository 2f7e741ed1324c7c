using Backtest.Cli.Output;
using Backtest.Core.Parameters;
using Backtest.Core.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary><c>list</c>: the strategies, the presets, and every parameter with its default and valid values.</summary>
public sealed class ListCommand(IAnsiConsole console, CliEnvironment environment) : Command
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        var presets = new Table().Title("Presets (edit the file, or override with --set)").AddColumns("Preset", "Strategy", "Description", "File");
        PresetCatalog catalog = environment.Presets();
        foreach ((string name, string path) in catalog.Paths)
        {
            Preset preset = Preset.Load(path);
            presets.AddRow(TerminalText.AsMarkup(name), TerminalText.AsMarkup(preset.Strategy), TerminalText.AsMarkup(preset.Description), TerminalText.AsMarkup(path));
        }

        console.Write(presets);
        foreach (StrategyInfo strategy in environment.Strategies.All)
        {
            console.Write(Parameters(strategy.Parameters, $"Strategy {strategy.Name}: {strategy.Description}"));
        }

        console.Write(Parameters(RunPlan.EngineGroup, "Engine settings (every strategy)"));
        console.Write(Parameters(RunPlan.OptionsGroup, "Option pricing and costs (strategies that hold options)"));
        console.Write(Parameters(RunPlan.RunGroup, "Run settings (also --from, --to, --benchmark, --columns, --date-format)"));
        return ExitCodes.Success;
    }

    private static Table Parameters(ParameterGroup group, string title)
    {
        var table = new Table().Title(TerminalText.AsMarkup(title)).AddColumns("Parameter", "Default", "Valid", "Description");
        foreach (ParameterSpec spec in group.Specs)
        {
            table.AddRow(TerminalText.AsMarkup(spec.NameForms), TerminalText.AsMarkup(spec.DefaultText), TerminalText.AsMarkup(spec.ValidText), TerminalText.AsMarkup(spec.Description));
        }

        return table;
    }
}
