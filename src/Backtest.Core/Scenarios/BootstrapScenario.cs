using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Options;
using Backtest.Core.Parameters;
using Backtest.Core.Runs;
using Backtest.Core.Strategies;
using Backtest.Core.Sweeps;

namespace Backtest.Core.Scenarios;

/// <summary>
/// A block bootstrap Monte Carlo: paths of whole historical days drawn jointly for every ticker (the stationary
/// bootstrap), each run through the same engine as a backtest, from the last real day, for one or more strategies on
/// the same paths (a stock short beside puts).
/// </summary>
public sealed class BootstrapScenario
{
    /// <summary>Where assignments the scenario makes say they came from.</summary>
    public const string Origin = "scenario --bootstrap";

    /// <summary>Paths kept whole for the fan chart's sample lines.</summary>
    public const int SampleCount = 5;

    private BootstrapScenario(BootstrapSettings settings, DateOnly start, DateOnly[] dates, JointMoves moves, JointBlockLength? rule, double meanBlock, IReadOnlyList<BootstrapTarget> targets)
    {
        Settings = settings;
        Start = start;
        Dates = dates;
        Moves = moves;
        BlockRule = rule;
        MeanBlock = meanBlock;
        Targets = targets;
    }

    /// <summary>What is drawn.</summary>
    public BootstrapSettings Settings { get; }

    /// <summary>The last real day.</summary>
    public DateOnly Start { get; }

    /// <summary>The synthetic days.</summary>
    public DateOnly[] Dates { get; }

    /// <summary>The history paths draw days from.</summary>
    public JointMoves Moves { get; }

    /// <summary>The Politis-White choice, when the block length was not given.</summary>
    public JointBlockLength? BlockRule { get; }

    /// <summary>The mean block length used.</summary>
    public double MeanBlock { get; }

    /// <summary>The strategies run on every path.</summary>
    public IReadOnlyList<BootstrapTarget> Targets { get; }

    /// <summary>
    /// Whether paths take the option marks of the real days before the start from one pricing shared by all (the
    /// default), instead of pricing them again on each path; the same numbers either way (a test checks it).
    /// </summary>
    internal bool ShareRealDays { get; set; } = true;

    /// <summary>
    /// Resolves each of <paramref name="requests"/> as <c>run</c> would, then lays the scenario over them from
    /// <paramref name="start"/> (the last day of the first target's data when null).
    /// </summary>
    public static BootstrapScenario Prepare(IReadOnlyList<RunRequest> requests, BootstrapSettings settings, DateOnly? start, StrategyCatalog strategies, PresetCatalog presets)
    {
        if (settings.Paths < 1 || settings.Paths > BootstrapSettings.MaxPaths)
        {
            throw ScenarioErrors.BadPaths(settings.Paths);
        }

        if (settings.Horizon < 1 || settings.Horizon > BootstrapSettings.MaxHorizon)
        {
            throw ScenarioErrors.BadHorizon(settings.Horizon);
        }

        if (settings.MeanBlock is { } given && (!double.IsFinite(given) || given < 1))
        {
            throw ScenarioErrors.BadBlock(given);
        }

        RunPlan[] reals = [.. requests.Select(r => RealPart.Prepare(r, strategies, presets))];
        DateOnly from = RealPart.Start(reals[0], start);
        foreach (RunPlan real in reals)
        {
            RealPart.Start(real, from);
        }

        // Every target's tickers, once each, cut at the start: the history days are drawn from.
        var cut = new List<TickerSeries>();
        foreach (TickerSeries series in reals.SelectMany(r => r.History))
        {
            if (!cut.Any(c => c.Ticker.Equals(series.Ticker, StringComparison.OrdinalIgnoreCase)))
            {
                cut.Add(ScenarioPriceSource.Until(series, from));
            }
        }

        JointMoves moves = JointMoves.Of(cut, settings.HistoryFrom, settings.HistoryTo ?? from);
        if (moves.DayCount < BootstrapSettings.MinHistory)
        {
            throw ScenarioErrors.HistoryTooShort(moves, cut, settings);
        }

        moves = settings.KeepDrift ? moves : moves.WithoutDrift();

        JointBlockLength? rule = settings.MeanBlock is null ? BlockLength.ForJoint(moves.LogReturns()) : null;
        double meanBlock = settings.MeanBlock ?? rule!.MeanBlock;
        DateOnly[] dates = ScenarioCalendar.After(from, settings.Horizon);

        // The plans are prepared on path 0: it fixes the calendar, the costs laid over it and every check; paths then
        // only write their prices over it.
        int[] first = Path(settings.Seed, 0, moves, meanBlock, settings.Horizon);
        SyntheticBars Extend(TickerSeries real)
        {
            var open = new double[dates.Length];
            var close = new double[dates.Length];
            moves.Walk(moves.IndexOf(real.Ticker), first, real.Close[^1], open, close);

            return new SyntheticBars(dates, open, close, ForwardDividends.Of(real, from, dates).On(dates, close, real.Close[^1]));
        }

        var targets = new List<BootstrapTarget>();
        foreach (RunRequest request in requests)
        {
            // The window ends with the paths, and no benchmark: a path's benchmark would be one more draw to explain.
            List<Assignment> assignments = RealPart.Replacing(
                request.Assignments, new Assignment("to", dates[^1].ToString("yyyy-MM-dd"), Origin), new Assignment("benchmark", "none", Origin));
            RunPlan plan = RunPlan.Prepare(
                request with { Assignments = assignments, Overlay = source => new ScenarioPriceSource(source, from, Extend), FetchMissing = null },
                strategies,
                presets);
            int firstDay = Array.IndexOf(plan.Panel.Dates, dates[0]);
            TickerSeries[] real = [.. plan.Panel.Tickers.Select(t => cut.First(c => c.Ticker.Equals(t, StringComparison.OrdinalIgnoreCase)))];
            ForwardDividends[] dividends = [.. real.Select(r => ForwardDividends.Of(r, from, dates))];
            targets.Add(new BootstrapTarget(plan, real, firstDay, dividends));
        }

        return new BootstrapScenario(settings, from, dates, moves, rule, meanBlock, targets);
    }

    /// <summary>
    /// Runs every path for every target on <paramref name="threads"/> threads, calling <paramref name="progress"/> with
    /// the paths done so far. The outcome depends only on the settings and data, not on the threads or their timing.
    /// </summary>
    public IReadOnlyList<BootstrapResult> Run(int threads, Action<int>? progress = null, CancellationToken cancel = default)
    {
        int paths = Settings.Paths, horizon = Settings.Horizon;

        // Each target's option marks on its plan's panel: the real days every path shares are priced there once.
        OptionMarks[] realMarks = [.. Targets.Select(t => new OptionMarks(t.Plan.Panel, t.Plan.Options, t.Real, t.Plan.OptionRates, t.Plan.Settings.Prices == PriceAdjustment.Raw))];
        var outcomes = Targets.Select(_ => new PathOutcome[paths]).ToArray();
        double[][][] samples = [.. Targets.Select(_ => new double[Math.Min(SampleCount, paths)][])];
        var workers = new PathWorker[Math.Max(1, threads)];
        for (int w = 0; w < workers.Length; w++)
        {
            workers[w] = new PathWorker(this, realMarks);
        }

        // Paths are handed out in chunks, each to one worker, by index: which thread runs a path changes nothing.
        const int chunk = 64;
        int next = 0, done = 0;
        Parallel.For(0, workers.Length, new ParallelOptions { MaxDegreeOfParallelism = workers.Length, CancellationToken = cancel }, w =>
        {
            PathWorker worker = workers[w];
            while (true)
            {
                int begin = Interlocked.Add(ref next, chunk) - chunk;
                if (begin >= paths || cancel.IsCancellationRequested)
                {
                    return;
                }

                int end = Math.Min(paths, begin + chunk);
                for (int p = begin; p < end; p++)
                {
                    worker.Run(p, horizon, outcomes, samples);
                }

                progress?.Invoke(Interlocked.Add(ref done, end - begin));
            }
        });
        cancel.ThrowIfCancellationRequested();

        var results = new List<BootstrapResult>();
        for (int k = 0; k < Targets.Count; k++)
        {
            var bands = new EquityBands(horizon + 1);
            foreach (PathWorker worker in workers)
            {
                bands.Merge(worker.Bands[k]);
            }

            results.Add(new BootstrapResult(Targets[k], outcomes[k], bands, samples[k], workers.First(w => w.Bands[k].Paths > 0).StartEquity[k]));
        }

        return results;
    }

    /// <summary>The source days of path <paramref name="path"/>.</summary>
    internal static int[] Path(long seed, int path, JointMoves moves, double meanBlock, int horizon)
    {
        var days = new int[horizon];
        var random = new PathRandom(seed, path);
        new StationaryBootstrap(moves.DayCount, meanBlock).Fill(days, ref random);
        return days;
    }

    // One thread's panels, buffers and counts, reused path after path.
    private sealed class PathWorker
    {
        private readonly BootstrapScenario _scenario;
        private readonly StationaryBootstrap _bootstrap;
        private readonly int[] _days;
        private readonly PathPanel[] _panels;
        private readonly RunBuffers[] _buffers;
        private readonly SweepBinder[] _binders;
        private readonly object?[][][] _scratch;
        private readonly object[] _instances = new object[4];
        private readonly double[][] _rates;
        private readonly OptionMarks[] _realMarks;

        public PathWorker(BootstrapScenario scenario, OptionMarks[] realMarks)
        {
            _scenario = scenario;
            _realMarks = realMarks;
            _bootstrap = new StationaryBootstrap(scenario.Moves.DayCount, scenario.MeanBlock);
            _days = new int[scenario.Settings.Horizon];
            IReadOnlyList<BootstrapTarget> targets = scenario.Targets;
            _panels = [.. targets.Select(t => new PathPanel(t.Plan.Panel, t.FirstDay, scenario.Moves, t.Dividends))];
            _buffers = [.. targets.Select(_ => new RunBuffers())];
            _binders = [.. targets.Select(t => new SweepBinder([t.Plan.Strategy.Parameters, RunPlan.EngineGroup, RunPlan.OptionsGroup, RunPlan.RunGroup], t.Plan.Assignments, []))];
            _scratch = [.. _binders.Select(b => b.NewScratch())];
            Bands = [.. targets.Select(_ => new EquityBands(scenario.Settings.Horizon + 1))];
            StartEquity = new double[targets.Count];

            // Each path prices its options on its own panel; the rates by day are the plan's, laid out once.
            _rates = [.. targets.Select(t => t.Plan.OptionRates ?? Enumerable.Repeat(t.Plan.Options.OptionRate, t.Plan.Panel.DayCount).ToArray())];
        }

        public EquityBands[] Bands { get; }

        // Equity at each target's start (the same on every path), once this worker has run a path.
        public double[] StartEquity { get; }

        public void Run(int path, int horizon, PathOutcome[][] outcomes, double[][][] samples)
        {
            var random = new PathRandom(_scenario.Settings.Seed, path);
            _bootstrap.Fill(_days, ref random);
            for (int k = 0; k < _panels.Length; k++)
            {
                BootstrapTarget target = _scenario.Targets[k];
                PathPanel panel = _panels[k];
                panel.Write(_days);

                // A fresh strategy each path: a strategy may remember what it did (that it has entered, say).
                _binders[k].Bind([], _instances, _scratch[k]);
                RunPlan plan = target.Plan;
                OptionMarks marks = _scenario.ShareRealDays
                    ? new OptionMarks(panel.Panel, plan.Options, target.Real, _rates[k], plan.Settings.Prices == PriceAdjustment.Raw, _realMarks[k], target.FirstDay)
                    : new OptionMarks(panel.Panel, plan.Options, target.Real, _rates[k], plan.Settings.Prices == PriceAdjustment.Raw);
                BacktestResult result = Backtester.Run(panel.Panel, (IStrategy)_instances[0], plan.Engine, plan.Models, marks, _buffers[k]);

                ReadOnlySpan<double> equity = result.Equity.AsSpan(0, result.DayCount);
                int calls = 0;
                foreach (RunEvent e in result.Events)
                {
                    calls += e.Kind == RunEventKind.MarginCall && e.Day > target.StartDay ? 1 : 0;
                }

                outcomes[k][path] = PathOutcome.Of(equity, target.StartDay, calls, result.Ruined);
                StartEquity[k] = equity[target.StartDay];
                Bands[k].Add(equity, target.StartDay);
                if (path < samples[k].Length)
                {
                    var sample = new double[horizon + 1];
                    for (int d = 0; d <= horizon; d++)
                    {
                        int t = target.StartDay + d;
                        sample[d] = t < equity.Length ? equity[t] / equity[target.StartDay] : 0;
                    }

                    samples[k][path] = sample;
                }
            }
        }
    }
}
