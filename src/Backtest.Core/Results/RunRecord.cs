using System.Reflection;
using Backtest.Core.Engine;
using Backtest.Core.Runs;

namespace Backtest.Core.Results;

/// <summary>What produced a result (<c>run.json</c>): tool version, command line, strategy, every parameter value, data hashes.</summary>
/// <param name="Tool">The tool's name.</param>
/// <param name="Version">The tool's version.</param>
/// <param name="RunId">The run's id (a hash of its inputs).</param>
/// <param name="CreatedUtc">When the run was made, ISO 8601 UTC.</param>
/// <param name="CommandLine">The command line as typed.</param>
/// <param name="Preset">The preset file, or null.</param>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="Parameters">The strategy's parameter values.</param>
/// <param name="Engine">The engine settings' values.</param>
/// <param name="Options">The option settings' values.</param>
/// <param name="Run">The window and benchmark settings' values.</param>
/// <param name="Assignments">Every value given, in order, with where it came from.</param>
/// <param name="FirstDay">The run's first day.</param>
/// <param name="LastDay">The run's last day (the ruin day if it ended early).</param>
/// <param name="Days">The number of days run.</param>
/// <param name="Outcome">completed or ruined.</param>
/// <param name="Data">The data files read, with their SHA-256.</param>
/// <param name="Notes">Notes that are not errors.</param>
/// <param name="Events">Margin calls, stops, scaled orders and the like.</param>
public sealed record RunRecord(
    string Tool,
    string Version,
    string RunId,
    string CreatedUtc,
    string CommandLine,
    string? Preset,
    string Strategy,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, string> Engine,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyDictionary<string, string> Run,
    IReadOnlyList<AssignmentRecord> Assignments,
    string FirstDay,
    string LastDay,
    int Days,
    string Outcome,
    IReadOnlyList<DataFileRecord> Data,
    IReadOnlyList<string> Notes,
    IReadOnlyList<EventRecord> Events)
{
    /// <summary>The scenario the run ran on, or null (absent) for history as it was.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Scenarios.ScenarioRecord? Scenario { get; init; }

    /// <summary>The tool's version, from its assembly.</summary>
    public static string ToolVersion { get; } =
        typeof(RunRecord).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Builds the record of <paramref name="outcome"/>.</summary>
    public static RunRecord Of(RunOutcome outcome, string runId, DateTimeOffset createdUtc, string commandLine)
    {
        RunPlan plan = outcome.Plan;
        BacktestResult result = outcome.Result;
        var events = new List<EventRecord>(result.Events.Count);
        foreach (RunEvent e in result.Events)
        {
            events.Add(new EventRecord(ResultText.Date(result.Date(e.Day)), ResultText.Kebab(e.Kind.ToString()), e.Message));
        }

        return new RunRecord(
            "backtest",
            ToolVersion,
            runId,
            createdUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            commandLine,
            plan.Preset?.Path,
            plan.Strategy.Name,
            ToDictionary(plan.Strategy.Parameters.Values(plan.Instance)),
            ToDictionary(RunPlan.EngineGroup.Values(plan.Engine)),
            ToDictionary(RunPlan.OptionsGroup.Values(plan.Options)),
            ToDictionary(RunPlan.RunGroup.Values(plan.Settings)),
            plan.Assignments.Select(a => new AssignmentRecord(a.Key, a.Value, a.Origin)).ToArray(),
            ResultText.Date(result.Date(0)),
            ResultText.Date(result.Date(result.DayCount - 1)),
            result.DayCount,
            result.Ruined ? "ruined" : "completed",
            plan.Files.Select(f => new DataFileRecord(f.Path, f.Sha256)).ToArray(),
            plan.Notes,
            events)
        {
            Scenario = plan.Scenario,
        };
    }

    /// <summary>Every parameter of the plan (strategy, engine, run) with its value, in a fixed order.</summary>
    public static IEnumerable<KeyValuePair<string, string>> ParameterValues(RunPlan plan) =>
        plan.Strategy.Parameters.Values(plan.Instance)
            .Concat(RunPlan.EngineGroup.Values(plan.Engine))
            .Concat(RunPlan.OptionsGroup.Values(plan.Options))
            .Concat(RunPlan.RunGroup.Values(plan.Settings));

    private static SortedDictionary<string, string> ToDictionary(IEnumerable<KeyValuePair<string, string>> values) =>
        new(values.ToDictionary(), StringComparer.Ordinal);
}
