using Backtest.Cli.Output;
using Backtest.Core.Parameters;
using Backtest.Core.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary><c>list [NAME]</c>: the strategies, the presets, and every parameter with its default and valid values; or one of them.</summary>
public sealed class ListCommand(IAnsiConsole console, CliEnvironment environment) : Command<ListSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ListSettings settings, CancellationToken cancellationToken)
    {
        PresetCatalog catalog = environment.Presets();
        if (settings.Name is { } name)
        {
            return One(name, catalog);
        }

        var presets = new Table().Title("Presets (edit the file, or override with --set)")
            .AddColumn(Unwrapped("Preset")).AddColumn(Unwrapped("Strategy")).AddColumn("Description").AddColumn(Unwrapped("File"));
        foreach ((string preset, string path) in catalog.Paths)
        {
            Preset loaded = Preset.Load(path);
            presets.AddRow(TerminalText.AsMarkup(preset), TerminalText.AsMarkup(loaded.Strategy), TerminalText.AsMarkup(loaded.Description), TerminalText.AsMarkup(path));
        }

        console.Write(presets);
        foreach (StrategyInfo strategy in environment.Strategies.All)
        {
            console.Write(Parameters(strategy.Parameters, $"Strategy {strategy.Name}: {strategy.Description}", null, []));
        }

        console.Write(Parameters(RunPlan.EngineGroup, "Engine settings (every strategy)", null, []));
        console.Write(Parameters(RunPlan.OptionsGroup, "Option pricing and costs (strategies that hold options)", null, []));
        console.Write(Parameters(RunPlan.RunGroup, "Run settings (also --from, --to, --benchmark, --columns, --date-format)", null, []));
        return ExitCodes.Success;
    }

    // One strategy or preset: every parameter with the value it would run with, and where a preset sets it.
    private int One(string name, PresetCatalog catalog)
    {
        (Preset? preset, StrategyInfo strategy) = RunPlan.Resolve(name, environment.Strategies, catalog);
        IReadOnlyList<Assignment> assignments = preset?.Assignments ?? [];
        ParameterGroup[] groups = [strategy.Parameters, RunPlan.EngineGroup, RunPlan.OptionsGroup, RunPlan.RunGroup];
        object[] bound = ParameterBinder.Bind(groups, assignments);
        string title = preset is null
            ? $"Strategy {strategy.Name}: {strategy.Description}"
            : $"Preset {preset.Name} ({preset.Path}): strategy {strategy.Name}. {preset.Description}";
        console.Write(new MessageLine(title));
        string[] headings = [$"Strategy {strategy.Name}", "Engine settings", "Option pricing and costs", "Run settings"];
        for (int g = 0; g < groups.Length; g++)
        {
            console.Write(Parameters(groups[g], headings[g], bound[g], assignments));
        }

        return ExitCodes.Success;
    }

    // With an instance, a Value column shows its values (and "preset" where an assignment set them); without, the defaults.
    private static Table Parameters(ParameterGroup group, string title, object? instance, IReadOnlyList<Assignment> assignments)
    {
        var table = new Table().Title(TerminalText.AsMarkup(title)).AddColumn(Unwrapped("Parameter"));
        table.AddColumn(instance is null ? "Default" : "Value").AddColumn("Valid").AddColumn("Description");
        Dictionary<string, string> values = instance is null ? [] : group.Values(instance).ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);
        foreach (ParameterSpec spec in group.Specs)
        {
            string value = spec.DefaultText;
            if (instance is not null)
            {
                string[] set = [.. values.Where(v => v.Key.Equals(spec.Name, StringComparison.OrdinalIgnoreCase) || v.Key.StartsWith(spec.Name + ".", StringComparison.OrdinalIgnoreCase)).Select(v => v.Key.Equals(spec.Name, StringComparison.OrdinalIgnoreCase) ? v.Value : $"{v.Key}={v.Value}")];
                bool fromPreset = assignments.Any(a => a.Key.Split('.')[0].Equals(spec.Name, StringComparison.OrdinalIgnoreCase));
                value = string.Join(", ", set) + (fromPreset ? " (preset)" : string.Empty);
            }

            table.AddRow(TerminalText.AsMarkup(spec.NameForms), TerminalText.AsMarkup(value), TerminalText.AsMarkup(spec.ValidText), TerminalText.AsMarkup(spec.Description));
        }

        return table;
    }

    // A name, a parameter or a file path is never split across lines: the description column takes what room is left.
    private static TableColumn Unwrapped(string header) => new TableColumn(header).NoWrap();
}
