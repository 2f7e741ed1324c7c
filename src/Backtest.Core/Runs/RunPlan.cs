using Backtest.Core.Borrow;
using Backtest.Core.Costs;
using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Options;
using Backtest.Core.Parameters;
using Backtest.Core.Results;
using Backtest.Core.Strategies;

namespace Backtest.Core.Runs;

/// <summary>A run with everything resolved and checked: strategy configured, data loaded, window cut. Nothing is written yet.</summary>
/// <param name="Label">The name results are filed under (the preset's, else the strategy's).</param>
/// <param name="Preset">The preset used, if any.</param>
/// <param name="Strategy">The strategy's catalog entry.</param>
/// <param name="Instance">The configured strategy.</param>
/// <param name="Engine">The engine settings.</param>
/// <param name="Settings">The window and benchmark.</param>
/// <param name="Panel">The prices of the strategy's tickers over the window.</param>
/// <param name="Benchmark">The benchmark's series, or null for none.</param>
/// <param name="Assignments">Every assignment applied, in order.</param>
/// <param name="Notes">Things the user should know that are not errors (a missing default benchmark, say).</param>
public sealed record RunPlan(
    string Label,
    Preset? Preset,
    StrategyInfo Strategy,
    IStrategy Instance,
    EngineSettings Engine,
    RunSettings Settings,
    PricePanel Panel,
    TickerSeries? Benchmark,
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<string> Notes)
{
    /// <summary>The parameter group of the engine settings.</summary>
    public static readonly ParameterGroup EngineGroup = ParameterGroup.For(typeof(EngineSettings), "engine");

    /// <summary>The parameter group of the option settings.</summary>
    public static readonly ParameterGroup OptionsGroup = ParameterGroup.For(typeof(OptionSettings), "options");

    /// <summary>The parameter group of the run settings.</summary>
    public static readonly ParameterGroup RunGroup = ParameterGroup.For(typeof(RunSettings), "run");

    /// <summary>The data files read, price and dividend files of every ticker and the benchmark.</summary>
    public IReadOnlyList<DataFile> Files { get; init; } = [];

    /// <summary>How options are priced and what they cost.</summary>
    public OptionSettings Options { get; init; } = new();

    /// <summary>The tickers' whole loaded series (before the window is cut), for trailing realised volatility.</summary>
    public IReadOnlyList<TickerSeries> History { get; init; } = [];

    /// <summary>The pricing rate on each panel day from <see cref="OptionSettings.OptionRateFile"/>, or null for the constant rate.</summary>
    public double[]? OptionRates { get; init; }

    /// <summary>What the user should know before the run, though nothing stops it (see <see cref="RunWarnings"/>); with <see cref="RunRequest.Strict"/> each is an error.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The scenario this plan runs on (its synthetic days follow the real ones), or null for history as it was.</summary>
    public Scenarios.ScenarioRecord? Scenario { get; init; }

    /// <summary>The dated borrow terms of <see cref="RunSettings.BorrowData"/> over the panel, or null for none.</summary>
    public BorrowSchedule? Borrow { get; init; }

    /// <summary>The cost models of this plan's engine settings, borrow data and option settings.</summary>
    public CostModels Models => CostModelsFor(Engine);

    /// <summary>The cost models of <paramref name="engine"/> (a sweep's combination) on this plan's panel, borrow data and option settings.</summary>
    public CostModels CostModelsFor(EngineSettings engine)
    {
        if (Borrow is null && engine.BorrowFee.DatedOverrides.Count == 0 && engine.Recall.Dates.Count == 0)
        {
            return CostModels.From(engine, Panel, Options);
        }

        // A sweep's combinations mostly share their borrow settings (the binder hands them the same instances): the dated
        // fee model, a rate per ticker and day, and the stock loan are laid out once for them, not once per backtest.
        BorrowTerms? terms = _borrowTerms;
        if (terms is null || !ReferenceEquals(terms.Fees, engine.BorrowFee) || !ReferenceEquals(terms.Recalls, engine.Recall) || terms.RecallDays != engine.RecallDays)
        {
            StockLoan loan = StockLoan.From(engine, Panel, Borrow);
            terms = new BorrowTerms(engine.BorrowFee, engine.Recall, engine.RecallDays, CostModels.BorrowFees(engine, Panel, Borrow, loan), loan);
            _borrowTerms = terms;
        }

        return CostModels.From(engine, Options, terms.Model, terms.Loan);
    }

    // The last borrow terms laid out, with the settings they were made from; replaced whole, so threads may share it.
    private volatile BorrowTerms? _borrowTerms;

    private sealed record BorrowTerms(TickerRates Fees, TickerDates Recalls, int RecallDays, IBorrowFeeModel Model, StockLoan Loan);

    /// <summary>The option marks of this plan's panel: shared by every run of it, each contract priced once.</summary>
    public OptionMarks CreateOptionMarks() =>
        new(Panel, Options, History, OptionRates, Settings.Prices == PriceAdjustment.Raw);

    /// <summary>Resolves <paramref name="request"/>: finds the preset or strategy, binds parameters, loads and checks data.</summary>
    public static RunPlan Prepare(RunRequest request, StrategyCatalog strategies, PresetCatalog presets) =>
        Prepare(request, strategies, presets, checkSchedule: true);

    /// <summary>
    /// As <see cref="Prepare(RunRequest, StrategyCatalog, PresetCatalog)"/>; without <paramref name="checkSchedule"/> the
    /// strategy's start date is not checked against the window, so that a sweep can load the data of a window once and
    /// check each combination's start itself (<see cref="CheckSchedule"/>); without <paramref name="checkLoanDates"/>,
    /// recalls and fee stresses are not checked against the data's dates: a scenario's real part ends before its days do.
    /// </summary>
    internal static RunPlan Prepare(RunRequest request, StrategyCatalog strategies, PresetCatalog presets, bool checkSchedule, bool checkLoanDates = true)
    {
        (Preset? preset, StrategyInfo strategy) = Resolve(request.Target, strategies, presets);
        var assignments = new List<Assignment>(preset?.Assignments ?? []);
        assignments.AddRange(request.Assignments);
        object[] bound = ParameterBinder.Bind([strategy.Parameters, EngineGroup, OptionsGroup, RunGroup], assignments);
        var instance = (IStrategy)bound[0];
        var engine = (EngineSettings)bound[1];
        var options = (OptionSettings)bound[2];
        var settings = (RunSettings)bound[3];

        IReadOnlyList<string> tickers = instance.Tickers;
        CheckTickers(tickers, assignments, ("borrowFee", engine.BorrowFee), ("vol", options.Vol), ("dividendYield", options.DividendYield));
        CheckTickers(tickers, assignments, "recall", engine.Recall.Dates.Keys);
        FetchMissing(request, tickers, settings, assignments);
        IPriceSource source = PriceSources.Open(request.DataFolder, settings);
        if (request.Overlay is { } overlay)
        {
            source = overlay(source);
        }

        CheckFilesPresent(source, tickers, settings, assignments);
        var series = new List<TickerSeries>(tickers.Count);
        foreach (string ticker in tickers)
        {
            series.Add(source.Load(ticker));
        }

        PricePanel panel = PricePanelBuilder.Build(series, settings.From, settings.To, settings.Prices == PriceAdjustment.Raw);
        if (panel.DayCount < 2)
        {
            throw RunErrors.TooShort(panel.Dates[0]);
        }

        if (checkSchedule)
        {
            CheckSchedule(instance.Schedule, panel, engine);
        }

        var notes = new List<string>();
        TickerSeries? benchmark = LoadBenchmark(settings, source, assignments, notes);
        var files = new List<DataFile>();
        foreach (TickerSeries s in series)
        {
            files.AddRange(s.Files);
        }

        if (benchmark is not null)
        {
            files.AddRange(benchmark.Files);
        }

        double[]? rates = null;
        if (options.OptionRateFile.Length > 0)
        {
            rates = RateFile.ByDay(options.OptionRateFile, panel.Dates, options.OptionRate);
            files.Add(new DataFile(options.OptionRateFile, FileHash.Sha256(options.OptionRateFile)));
        }

        BorrowSchedule? borrow = BorrowDataReader.Load(settings.BorrowData, panel);
        if (borrow is not null)
        {
            files.AddRange(BorrowDataReader.Files(settings.BorrowData, panel.Tickers).Select(f => new DataFile(f, FileHash.Sha256(f))));
            string[] silent = [.. Enumerable.Range(0, panel.TickerCount).Where(i => !borrow.GivesAnything(i)).Select(i => panel.Tickers[i])];
            if (silent.Length > 0)
            {
                notes.Add($"borrow data {settings.BorrowData} has no terms for {string.Join(", ", silent)} during the run; borrowFee applies to {(silent.Length == 1 ? "it" : "them")}");
            }
        }

        var plan = new RunPlan(preset?.Name ?? strategy.Name, preset, strategy, instance, engine, settings, panel, benchmark, assignments, notes)
        {
            Files = files,
            Options = options,
            History = series,
            OptionRates = rates,
            Borrow = borrow,
            Warnings = RunWarnings.Of(panel, series, assignments, settings.Prices == PriceAdjustment.Raw),
        };
        if (request.Strict && plan.Warnings.Count > 0)
        {
            throw RunErrors.Strict(plan.Warnings);
        }

        // Recalls and fee stresses are checked against the run's dates now, before anything runs or is written.
        if (checkLoanDates)
        {
            _ = plan.Models;
        }

        return plan;
    }

    /// <summary>Finds the preset (a name or a <c>.preset</c> file) or strategy <paramref name="target"/> names.</summary>
    public static (Preset? Preset, StrategyInfo Strategy) Resolve(string target, StrategyCatalog strategies, PresetCatalog presets)
    {
        Preset? preset = target.EndsWith(Preset.Extension, StringComparison.OrdinalIgnoreCase) && File.Exists(target)
            ? Preset.Load(target)
            : presets.Load(target);
        if (preset is not null)
        {
            // The preset's file name becomes the results folder's: refused now, before a price is read, if it is no plain name ("...preset" is "..").
            OutputPath.CheckName(preset.Name, preset.Path);
            StrategyInfo info = strategies.Find(preset.Strategy)
                ?? throw RunErrors.PresetNamesUnknownStrategy(preset.Path, preset.Strategy, strategies.All.Select(s => s.Name));
            return (preset, info);
        }

        StrategyInfo strategy = strategies.Find(target)
            ?? throw RunErrors.UnknownTarget(target, presets.Paths.Keys, strategies.All.Select(s => s.Name));
        return (null, strategy);
    }

    private static void CheckTickers(IReadOnlyList<string> tickers, List<Assignment> assignments, params (string Name, TickerRates Rates)[] perTicker)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string ticker in tickers)
        {
            if (!seen.Add(ticker))
            {
                throw RunErrors.DuplicateTicker(ticker);
            }
        }

        foreach ((string name, TickerRates rates) in perTicker)
        {
            CheckTickers(tickers, assignments, name, rates.Overrides.Keys);
            CheckTickers(tickers, assignments, name, rates.DatedOverrides.Keys);
        }
    }

    // Each per-ticker key (TICKER, or TICKER@date) of parameter name must name a ticker the run trades.
    private static void CheckTickers(IReadOnlyList<string> tickers, List<Assignment> assignments, string name, IEnumerable<string> keys)
    {
        foreach (string key in keys)
        {
            string ticker = key.Split('@')[0];
            if (!tickers.Contains(ticker, StringComparer.OrdinalIgnoreCase))
            {
                string full = $"{name}.{key}";
                Assignment? given = assignments.FindLast(a => a.Key.Equals(full, StringComparison.OrdinalIgnoreCase));
                throw ParameterErrors.TickerNotTraded(given?.Origin ?? full, full, tickers);
            }
        }
    }

    // A CSV folder without some of the strategy's files: one message naming them all (and a benchmark the user named)
    // and the command that fetches them, for any folder (the default one is filled in by itself). A missing benchmark
    // alone is left to its own message when it is loaded.
    private static void CheckFilesPresent(IPriceSource source, IReadOnlyList<string> tickers, RunSettings settings, List<Assignment> assignments)
    {
        if (source is not CsvFolderSource)
        {
            return;
        }

        MissingPrices missing = Missing(source.Location, source.Tickers, tickers, settings, assignments);
        if (missing.Needed.Any(t => tickers.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            throw RunErrors.MissingPriceFiles(source.Location, missing.Needed, source.Tickers.ToArray());
        }
    }

    // Only tickers without a price file are fetched: files already there are the user's, never replaced behind their back.
    private static void FetchMissing(RunRequest request, IReadOnlyList<string> tickers, RunSettings settings, List<Assignment> assignments)
    {
        if (request.FetchMissing is not { } fetch)
        {
            return;
        }

        IReadOnlyList<string> present = Directory.Exists(request.DataFolder) ? new CsvFolderSource(request.DataFolder).Tickers : [];
        MissingPrices missing = Missing(request.DataFolder, present, tickers, settings, assignments);
        if (missing.Needed.Count > 0 || missing.DefaultBenchmark is not null)
        {
            fetch(missing);
        }
    }

    // The strategy's tickers without a price file in present, then the benchmark: needed when the user named it, else
    // the default one, which the run can go without.
    private static MissingPrices Missing(string folder, IReadOnlyCollection<string> present, IReadOnlyList<string> tickers, RunSettings settings, List<Assignment> assignments)
    {
        bool Missing(string ticker) => !present.Contains(ticker, StringComparer.OrdinalIgnoreCase);
        var needed = tickers.Where(Missing).Select(t => t.ToUpperInvariant()).ToList();
        string benchmark = settings.Benchmark.Trim().ToUpperInvariant();
        if (benchmark.Length == 0 || benchmark == "NONE" || !Missing(benchmark) || needed.Contains(benchmark))
        {
            return new MissingPrices(folder, needed, null);
        }

        bool named = assignments.Exists(a => a.Key.Equals("benchmark", StringComparison.OrdinalIgnoreCase));
        return named ? new MissingPrices(folder, [.. needed, benchmark], null) : new MissingPrices(folder, needed, benchmark);
    }

    /// <summary>Throws the run's message when the schedule's start falls outside <paramref name="panel"/> or leaves no day to trade.</summary>
    internal static void CheckSchedule(Schedule schedule, PricePanel panel, EngineSettings engine)
    {
        if (schedule.Start is not { } start || schedule.StartParameter is not { } name)
        {
            return;
        }

        if (start > panel.Dates[^1] || start < panel.Dates[0])
        {
            throw RunErrors.StartOutsideRun(name, start, panel.Dates[0], panel.Dates[^1]);
        }

        // A first decision on the last day would fill at the next open, after the run: nothing would ever trade.
        if (engine.Fill == FillTiming.Open && start > panel.Dates[^2])
        {
            throw RunErrors.StartOnLastDay(name, start, panel.Dates[^1]);
        }
    }

    // The default benchmark (SPY) is optional: without its file the run goes on and says so. A benchmark the user
    // named must exist.
    private static TickerSeries? LoadBenchmark(RunSettings settings, IPriceSource source, List<Assignment> assignments, List<string> notes)
    {
        string ticker = settings.Benchmark.Trim();
        if (ticker.Length == 0 || ticker.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        bool named = assignments.Exists(a => a.Key.Equals("benchmark", StringComparison.OrdinalIgnoreCase));
        if (!named && !source.Tickers.Contains(ticker.ToUpperInvariant()))
        {
            string file = source is CsvFolderSource ? $"{ticker}.csv is not in {source.Location}" : $"{ticker} has no price file in {source.Location}";
            notes.Add($"no benchmark: {file} (use --benchmark TICKER or --benchmark none)");
            return null;
        }

        return source.Load(ticker);
    }
}
