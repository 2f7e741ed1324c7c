using Backtest.Core.Parameters;
using Backtest.Core.Results;
using Backtest.Core.Runs;

namespace Backtest.Core.Sweeps;

/// <summary>
/// A sweep with everything resolved and checked before anything runs or is written: the base run (preset and
/// <c>--set</c>, its data loaded once), the grid expanded, every grid value bound once and checked, the columns and the id.
/// </summary>
public sealed class SweepPlan
{
    private readonly SweepRequest _request;
    private readonly StrategyCatalog _strategies;
    private readonly PresetCatalog _presets;
    private readonly int[] _contextAxes;

    private SweepPlan(SweepRequest request, StrategyCatalog strategies, PresetCatalog presets, RunPlan basePlan, SweepGrid grid, SweepBinder binder)
    {
        _request = request;
        _strategies = strategies;
        _presets = presets;
        Base = basePlan;
        Grid = grid;
        Binder = binder;
        Id = SweepIdentity.Of(basePlan, grid);
        _contextAxes = Enumerable.Range(0, grid.Axes.Count).Where(a => ChangesData(binder, a)).ToArray();
        Columns = ["index", .. grid.Axes.Select(a => a.Name), .. MetricColumns.All.Select(c => SweepColumnSet.MetricName(grid.Axes, c)), "error"];
    }

    /// <summary>The run of the preset and <c>--set</c> alone (its schedule unchecked: the grid may move it).</summary>
    public RunPlan Base { get; }

    /// <summary>The grid.</summary>
    public SweepGrid Grid { get; }

    /// <summary>The sweep's id: same base inputs and grid, same id.</summary>
    public string Id { get; }

    /// <summary>The name results are filed under (the preset's, else the strategy's).</summary>
    public string Label => Base.Label;

    /// <summary>
    /// The columns of <c>sweep.csv</c>: <c>index</c> (the combination's 0-based grid index), each varied parameter, every
    /// metric (<see cref="MetricColumns"/>; see <see cref="SweepColumnSet.MetricName"/>), and <c>error</c> (empty, or why
    /// the combination could not run).
    /// </summary>
    public IReadOnlyList<string> Columns { get; }

    internal SweepBinder Binder { get; }

    /// <summary>Resolves <paramref name="request"/>: parses the grid, loads the base run's data, expands and binds every grid value.</summary>
    public static SweepPlan Prepare(SweepRequest request, StrategyCatalog strategies, PresetCatalog presets)
    {
        if (request.Grids.Count == 0)
        {
            throw SweepErrors.EmptyGrid();
        }

        GridSpec[] specs = request.Grids.Select(GridSpec.Parse).ToArray();
        RunPlan basePlan = RunPlan.Prepare(ToRunRequest(request, request.Assignments), strategies, presets, checkSchedule: false);
        DateOnly[] calendar = basePlan.History.SelectMany(s => s.Dates).Distinct().Order().ToArray();
        var grid = new SweepGrid(specs.Select(s => s.Expand(calendar)).ToArray());
        IReadOnlyList<ParameterGroup> groups = [basePlan.Strategy.Parameters, RunPlan.EngineGroup, RunPlan.OptionsGroup, RunPlan.RunGroup];
        var binder = new SweepBinder(groups, basePlan.Assignments, grid.Axes);
        CheckTickerAxes(grid, binder, basePlan);
        return new SweepPlan(request, strategies, presets, basePlan, grid, binder);
    }

    /// <summary>The record of this sweep (<c>sweep.json</c>) for <paramref name="shard"/>, started at <paramref name="createdUtc"/>.</summary>
    public SweepRecord Record(DateTimeOffset createdUtc, ShardSlice shard, bool keepCurves)
    {
        RunPlan plan = Base;
        (long first, long end) = shard.Range(Grid.Count);
        return new SweepRecord(
            "backtest",
            RunRecord.ToolVersion,
            Id,
            createdUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            _request.CommandLine,
            plan.Preset?.Path,
            plan.Strategy.Name,
            Label,
            Grid.Axes.Select(a => new SweepAxisRecord(a.Name, a.Spec, a.Values.Count, a.Values.Count <= SweepAxisRecord.MaxListed ? a.Values.ToArray() : null)).ToArray(),
            Grid.Count,
            shard.IsWhole ? null : new SweepShardRecord(shard.Index, shard.Count, first, end),
            Columns,
            keepCurves,
            Sorted(plan.Strategy.Parameters.Values(plan.Instance)),
            Sorted(RunPlan.EngineGroup.Values(plan.Engine)),
            Sorted(RunPlan.OptionsGroup.Values(plan.Options)),
            Sorted(RunPlan.RunGroup.Values(plan.Settings)),
            plan.Assignments.Select(a => new AssignmentRecord(a.Key, a.Value, a.Origin)).ToArray(),
            ResultText.Date(plan.Panel.Dates[0]),
            ResultText.Date(plan.Panel.Dates[^1]),
            plan.Files.Select(f => new DataFileRecord(f.Path, f.Sha256)).ToArray(),
            plan.Notes);
    }

    /// <summary>A new set of contexts (windows) for one execution, the base run's seeded when the grid does not move its data.</summary>
    internal SweepContexts NewContexts()
    {
        var contexts = new SweepContexts(_contextAxes, PrepareContext);
        if (_contextAxes.Length == 0)
        {
            contexts.Seed(new int[Grid.Axes.Count], new SweepContext(Base));
        }

        return contexts;
    }

    // As run refuses borrowFee.XYZ (or borrowFee.XYZ@date, recall.XYZ) for a ticker it does not trade; when the grid changes the tickers, each window's
    // loading checks its own.
    private static void CheckTickerAxes(SweepGrid grid, SweepBinder binder, RunPlan basePlan)
    {
        if (binder.AxisGroups.Contains(0))
        {
            return;
        }

        for (int a = 0; a < grid.Axes.Count; a++)
        {
            GridAxis axis = grid.Axes[a];
            int dot = axis.Name.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && binder.Spec(a).Kind is ParameterKind.PerTickerNumber or ParameterKind.PerTickerDate
                && !basePlan.Panel.Tickers.Contains(axis.Name[(dot + 1)..].Split('@')[0], StringComparer.OrdinalIgnoreCase))
            {
                throw ParameterErrors.TickerNotTraded($"--grid {axis.Name}={axis.Spec}", axis.Name, basePlan.Panel.Tickers);
            }
        }
    }

    private static SortedDictionary<string, string> Sorted(IEnumerable<KeyValuePair<string, string>> values) =>
        new(values.ToDictionary(), StringComparer.Ordinal);

    private static RunRequest ToRunRequest(SweepRequest request, IReadOnlyList<Assignment> assignments) =>
        new(request.Target, assignments, request.DataFolder, request.CommandLine) { FetchMissing = request.FetchMissing };

    // Axes of the run and option settings change what is loaded (window, benchmark, data format) or how options are
    // marked; the risk-free rate and annotations only change the measuring, so they share their window's data.
    private static bool ChangesData(SweepBinder binder, int axis)
    {
        int group = binder.AxisGroups[axis];
        string name = binder.Spec(axis).Name;
        return group == 2 || (group == 3 && name != "riskFreeRate" && name != "annotation");
    }

    // A window's context: the combination's strategy, option and run values on top of the base, loaded as 'run' loads
    // (engine values change nothing loaded and are left out); its schedule is checked per combination.
    private SweepContext PrepareContext(int[] digits, IReadOnlyList<string> tickers)
    {
        var assignments = new List<Assignment>(_request.Assignments);
        for (int a = 0; a < Grid.Axes.Count; a++)
        {
            if (Binder.AxisGroups[a] != 1)
            {
                GridAxis axis = Grid.Axes[a];
                assignments.Add(new Assignment(axis.Name, axis.Values[digits[a]], $"--grid {axis.Name}={axis.Spec}"));
            }
        }

        try
        {
            return new SweepContext(RunPlan.Prepare(ToRunRequest(_request, assignments), _strategies, _presets, checkSchedule: false));
        }
        catch (InputException e)
        {
            return new SweepContext(e, tickers);
        }
    }
}
