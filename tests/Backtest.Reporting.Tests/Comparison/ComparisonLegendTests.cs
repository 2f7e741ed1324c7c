using Backtest.Reporting.Comparison;
using Backtest.Reporting.Input;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;

namespace Backtest.Reporting.Tests.Comparison;

/// <summary>
/// Every run is named in every comparison figure: two runs apart in four settings (labels too long for one legend row),
/// three runs, and thirty (named by number, with colour and line pattern telling them apart).
/// </summary>
public sealed class ComparisonLegendTests
{
    private static readonly string[] Figures = ["equity", "drawdown", "exposure"];
    private readonly TempFolders _temporary = new();
    private readonly Dictionary<string, (SavedRun[] Runs, string Folder)> _compared = [];

    /// <summary>The comparisons: the README's four-setting tweak against the default, three allocations, thirty allocations.</summary>
    public static readonly string[] Cases = ["long labels", "three", "thirty"];

    [OneTimeSetUp]
    public void CompareEachCase()
    {
        string root = _temporary.New();
        SavedRun Run(string name, params string[] sets) =>
            SavedRunReader.Read(TestRuns.Run(TestRuns.Burry, TestRuns.FixturePrices, Path.Combine(root, name), withReport: false, sets));

        SavedRun[] tweak =
        [
            Run("long", "capital=1000000"),
            Run("long", "capital=1000000", "shortAllocation=0.6", "borrowFee.PLTR=0.03", "rebalance=monthly", "stopLoss=0.5"),
        ];
        SavedRun[] thirty = [.. Enumerable.Range(0, 30).Select(k => Run("thirty", $"shortAllocation={0.30 + (k / 100.0):0.00}"))];
        Add("long labels", tweak, root);
        Add("three", ComparedRuns.Write(Path.Combine(root, "three")), root);
        Add("thirty", thirty, root);
    }

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Write_EveryCase_LabelsEveryRunInsideEveryFigure([ValueSource(nameof(Cases))] string name, [ValueSource(nameof(Figures))] string figure)
    {
        (SavedRun[] runs, string folder) = _compared[name];
        string svg = File.ReadAllText(Path.Combine(folder, figure + ".svg"));
        (double width, double height) = SvgTexts.Size(svg);
        IReadOnlyList<SvgTexts.Drawn> texts = SvgTexts.Of(svg);

        SvgTexts.Drawn[] legend = runs.Length > ComparisonFigures.LabelledRuns
            ? [.. runs.Select((_, k) => texts.Single(t => t.Text == ComparisonFigures.Numbered(k)))]
            : [.. RunLabels.Of(runs).Select(label => texts.Single(t => t.Text.StartsWith(label.Split(", ")[0], StringComparison.Ordinal)))];

        using (Assert.EnterMultipleScope())
        {
            // Every text, not only the first line of each label: a label broken over lines must keep them all inside.
            foreach (SvgTexts.Drawn label in texts)
            {
                Assert.That(label.Left, Is.GreaterThanOrEqualTo(0), $"{label.Text}: left edge");
                Assert.That(label.Right, Is.LessThanOrEqualTo(width), $"{label.Text}: right edge");
                Assert.That(label.Top, Is.GreaterThanOrEqualTo(0), $"{label.Text}: top");
                Assert.That(label.Bottom, Is.LessThanOrEqualTo(height), $"{label.Text}: bottom");
            }

            for (int i = 0; i < legend.Length; i++)
            {
                for (int j = i + 1; j < legend.Length; j++)
                {
                    Assert.That(Overlap(legend[i], legend[j]), Is.False, $"'{legend[i].Text}' and '{legend[j].Text}' drawn over each other");
                }
            }
        }
    }

    [TestCase("long labels", 2)]
    [TestCase("three", 1)]
    [TestCase("thirty", 2)]
    public void Write_EveryCase_ComparisonPdfPutsTheFiguresOverleafWhenTheTableLeavesThemTooLittleRoom(string name, int pages) =>
        FigureFiles.AssertPdf(Path.Combine(_compared[name].Folder, ComparisonReport.ReportFile), pages);

    [Test]
    public void Write_ThirtyRuns_NoTwoRunsShareColourAndPattern()
    {
        var looks = Enumerable.Range(0, 30).Select(k => (ComparisonFigures.ColourOf(k), ComparisonFigures.PatternOf(k))).ToArray();

        Assert.That(looks.Distinct().Count(), Is.EqualTo(30));
    }

    [Test]
    public void Write_ThirtyRuns_LegendSaysWhereTheNumbersAreExplained()
    {
        string svg = File.ReadAllText(Path.Combine(_compared["thirty"].Folder, "equity.svg"));

        Assert.That(SvgTexts.Of(svg).Select(t => t.Text), Has.Some.EqualTo(ComparisonFigures.NumberedNote));
    }

    private static bool Overlap(SvgTexts.Drawn a, SvgTexts.Drawn b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    private void Add(string name, SavedRun[] runs, string root)
    {
        string folder = Path.Combine(root, "compare-" + name.Replace(' ', '-'));
        Directory.CreateDirectory(folder);
        ComparisonReport.Write(runs, folder, ReportOptions.Default);
        _compared[name] = (runs, folder);
    }
}
