using Backtest.Core.Parameters;
using Backtest.Core.Runs;
using Backtest.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Download;

/// <summary>
/// <see cref="RunRequest.FetchMissing"/>: called once before loading with exactly the tickers the folder lacks, the
/// default benchmark apart (a run can go without it); never called when nothing is missing or no fetcher is given.
/// </summary>
public class RunPlanFetchMissingTests
{
    private static readonly StrategyCatalog Strategies = new(typeof(Burry13F2025).Assembly);
    private static readonly PresetCatalog Presets = new(Path.Combine(TestPaths.RepoRoot, "strategies"));

    private string _folder = string.Empty;
    private readonly List<MissingPrices> _calls = [];

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(TestPaths.NewTempFolder(), "data");
        _calls.Clear();
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    [Test]
    public void Prepare_NoDataFolderYet_FetchesTheStrategysTickersAndTheDefaultBenchmarkOnceThenLoadsThem()
    {
        RunPlan plan = RunPlan.Prepare(Request("pair-msft-nvda"), Strategies, Presets);

        Assert.That(_calls, Has.Count.EqualTo(1));
        Assert.That(_calls[0].Folder, Is.EqualTo(_folder));
        Assert.That(_calls[0].Needed, Is.EqualTo(new[] { "MSFT", "NVDA" }));
        Assert.That(_calls[0].DefaultBenchmark, Is.EqualTo("SPY"));
        Assert.That(plan.Panel.Tickers, Is.EqualTo(new[] { "MSFT", "NVDA" }));
        Assert.That(plan.Benchmark?.Ticker, Is.EqualTo("SPY"));
    }

    [Test]
    public void Prepare_SomeFilesThere_FetchesOnlyTheOthers()
    {
        WritePrices("NVDA");
        WritePrices("SPY");

        RunPlan.Prepare(Request("pair-msft-nvda"), Strategies, Presets);

        Assert.That(_calls.Single().Needed, Is.EqualTo(new[] { "MSFT" }));
        Assert.That(_calls.Single().DefaultBenchmark, Is.Null);
    }

    [Test]
    public void Prepare_EverythingThere_DoesNotCallTheFetcher()
    {
        WritePrices("MSFT");
        WritePrices("NVDA");
        WritePrices("SPY");

        RunPlan.Prepare(Request("pair-msft-nvda"), Strategies, Presets);

        Assert.That(_calls, Is.Empty);
    }

    [Test]
    public void Prepare_NamedBenchmark_IsNeededNotOptional()
    {
        RunPlan.Prepare(Request("pair-msft-nvda", new Assignment("benchmark", "QQQ", "--benchmark QQQ")), Strategies, Presets);

        Assert.That(_calls.Single().Needed, Is.EqualTo(new[] { "MSFT", "NVDA", "QQQ" }));
        Assert.That(_calls.Single().DefaultBenchmark, Is.Null);
    }

    [Test]
    public void Prepare_NoBenchmark_FetchesOnlyTheStrategysTickers()
    {
        RunPlan.Prepare(Request("pair-msft-nvda", new Assignment("benchmark", "none", "--benchmark none")), Strategies, Presets);

        Assert.That(_calls.Single().Needed, Is.EqualTo(new[] { "MSFT", "NVDA" }));
        Assert.That(_calls.Single().DefaultBenchmark, Is.Null);
    }

    [Test]
    public void Prepare_NoFetcher_TheMissingFolderIsTheUsualError()
    {
        RunRequest request = Request("pair-msft-nvda") with { FetchMissing = null };

        var error = Assert.Throws<InputException>(() => RunPlan.Prepare(request, Strategies, Presets));

        Assert.That(error!.Message, Does.StartWith($"data folder '{_folder}' does not exist"));
    }

    // pair-msft-nvda is a preset starting 2021-01-04, which the written files cover.
    // A request on the test's folder whose fetcher records the call and writes the files asked for, as a download would.
    private RunRequest Request(string target, params Assignment[] assignments) =>
        new(target, assignments, _folder, "backtest run " + target)
        {
            FetchMissing = missing =>
            {
                _calls.Add(missing);
                foreach (string ticker in missing.Needed.Append(missing.DefaultBenchmark).OfType<string>())
                {
                    WritePrices(ticker);
                }
            },
        };

    private void WritePrices(string ticker)
    {
        Directory.CreateDirectory(_folder);
        var lines = new List<string> { "Date,Open,High,Low,Close,Volume" };
        for (var day = new DateOnly(2021, 1, 4); day <= new DateOnly(2021, 3, 31); day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                lines.Add($"{day:yyyy-MM-dd},100,101,99,100.5,1000");
            }
        }

        File.WriteAllLines(Path.Combine(_folder, ticker + ".csv"), lines);
    }
}
