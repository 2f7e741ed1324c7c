using Backtest.Reporting.Input;
using Backtest.Core.Scenarios;

namespace Backtest.Reporting.Scenarios;

/// <summary>A bootstrap Monte Carlo's results folder read back: the record and, per target, its paths and fan.</summary>
/// <param name="Folder">The folder read.</param>
/// <param name="Record">What ran and what it found (<c>scenario.json</c>).</param>
/// <param name="Targets">The strategies, in the record's order.</param>
public sealed record SavedScenario(string Folder, BootstrapRecord Record, IReadOnlyList<SavedScenarioTarget> Targets)
{
    /// <summary>When the scenario was run: the date its documents carry, so that drawing them again gives the same bytes.</summary>
    public DateTime Created => SavedFile.Created(Record.CreatedUtc);
}
