using System.ComponentModel;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments of <c>list</c>.</summary>
public sealed class ListSettings : CommandSettings
{
    /// <summary>One strategy or preset to show, or null for all.</summary>
    [CommandArgument(0, "[NAME]")]
    [Description("A strategy or preset (or a .preset file): show it alone, with every parameter's value as it would run.")]
    public string? Name { get; init; }
}
