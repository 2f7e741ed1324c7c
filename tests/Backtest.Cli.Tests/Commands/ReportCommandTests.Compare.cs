using System.Globalization;
using Backtest.Cli.Output;
using Backtest.Reporting.Comparison;
using Backtest.Reporting.Input;
using Spectre.Console.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary><c>compare</c>'s order (as named, or <c>--sort</c>), its refusal of a folder named twice, and its terminal table.</summary>
public partial class ReportCommandTests
{
    [Test]
    public void Compare_FoldersOutOfOrder_RowsKeepTheOrderGiven()
    {
        string[] folders = [RunBurry("shortAllocation=0.8"), RunBurry("shortAllocation=0.4"), RunBurry("shortAllocation=0.6")];

        CliRun run = TestCli.Run(["compare", .. folders, "--out", _out, "--format", "svg"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(MetricsColumn("run"), Is.EqualTo(new[] { "shortAllocation=0.8", "shortAllocation=0.4", "shortAllocation=0.6" }));
    }

    [TestCase("totalReturn", "total_return", true)]
    [TestCase("volatility", "volatility", false)]
    public void Compare_Sort_RanksRunsBestFirst(string metric, string column, bool descending)
    {
        string[] folders = [RunBurry("shortAllocation=0.6"), RunBurry("shortAllocation=0.8"), RunBurry("shortAllocation=0.4")];

        CliRun run = TestCli.Run(["compare", .. folders, "--sort", metric, "--out", _out, "--format", "svg"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        double[] values = [.. MetricsColumn(column).Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
        Assert.That(values, descending ? Is.Ordered.Descending : Is.Ordered.Ascending);
        Assert.That(values.Distinct().Count(), Is.EqualTo(3), "three different runs");
    }

    [TestCase("")]
    [TestCase("/")]
    [TestCase("link")]
    public void Compare_SameFolderTwice_ExitsTwoNamingIt(string how)
    {
        string folder = RunBurry("shortAllocation=0.8");
        string other = RunBurry("shortAllocation=0.4");
        string again = how == "link" ? Directory.CreateSymbolicLink(Path.Combine(_out, "link"), folder).FullName : folder + how;

        CliRun run = TestCli.Run("compare", folder, other, again, "--out", _out);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
            Assert.That(run.Stderr, Does.StartWith("Error:").And.Contain("is named twice"));
            Assert.That(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), "one message");
            Assert.That(Directory.Exists(Path.Combine(_out, "compare")), Is.False, "nothing written");
        }
    }

    [Test]
    public void Compare_UnknownSortMetric_ExitsTwoListingTheMetrics()
    {
        string[] folders = [RunBurry("shortAllocation=0.8"), RunBurry("shortAllocation=0.4")];

        CliRun run = TestCli.Run(["compare", .. folders, "--sort", "alpha", "--out", _out]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.Contain("--sort 'alpha': expected one of").And.Contain("sharpe"));
    }

    [TestCase(80)]
    [TestCase(120)]
    public void Compare_TerminalTable_FitsTheConsoleAndPrintsEveryLabelWhole(int width)
    {
        SavedRun[] runs =
        [
            SavedRunReader.ReadFinished(RunBurryWith("default", "capital=1000000")),
            SavedRunReader.ReadFinished(RunBurryWith("tweak", "capital=1000000", "shortAllocation=0.6", "borrowFee.PLTR=0.03", "rebalance=monthly", "stopLoss=0.5")),
            SavedRunReader.ReadFinished(RunBurryWith("half", "capital=1000000", "shortAllocation=0.5")),
        ];
        string[] labels = RunLabels.Of(runs);
        using TestConsole console = new TestConsole().Width(width);

        ComparisonTable.Write(console, runs, labels);

        string[] lines = console.Output.Split('\n');
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines.Select(l => l.TrimEnd().Length), Is.All.LessThanOrEqualTo(width), console.Output);
            for (int k = 0; k < labels.Length; k++)
            {
                Assert.That(lines, Has.Some.EqualTo($"{k + 1,2}  {labels[k]}"), $"run {k + 1} listed whole on its line");
            }

            Assert.That(console.Output, Does.Contain("Volatility").And.Contain("Net exposure, delta-adjusted (avg)"), "headers whole");
        }
    }

    private string RunBurryWith(string name, params string[] sets)
    {
        string parent = Path.Combine(_out, "burry", name);
        CliRun run = TestCli.Run(["run", "burry-13f-2025", "--data", TestCli.FixturePrices, "--out", parent, .. sets.SelectMany(s => new[] { "--set", s }), "--no-report"]);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        return Directory.GetDirectories(Path.Combine(parent, "burry-13f-2025")).Single();
    }

    private string[] MetricsColumn(string column)
    {
        string comparison = Directory.GetDirectories(Path.Combine(_out, "compare")).Single();
        string[][] lines = [.. File.ReadAllLines(Path.Combine(comparison, "metrics.csv")).Where(l => l.Length > 0).Select(l => l.Split(','))];
        int at = Array.IndexOf(lines[0], column);
        return [.. lines.Skip(1).Select(l => l[at])];
    }
}
