using Backtest.Reporting.Tests.Support;
using Backtest.Testing;

namespace Backtest.Reporting.Tests.Figures;

/// <summary>Marker labels on dates close together go on rows of their own instead of covering each other.</summary>
[TestFixture]
public sealed class EventMarkerLabelTests
{
    private readonly TempFolders _temporary = new();

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [TestCase("equity.svg")]
    [TestCase("drawdown.svg")]
    [TestCase("exposure.svg")]
    public void Labels_OfMarkersDaysApart_NeverOverlap(string figure)
    {
        // The entry fills on 2025-10-02; two notes follow within a week, and the preset's 13F note a month on.
        string folder = TestRuns.Run(TestRuns.Burry, TestRuns.FixturePrices, _temporary.New(), withReport: true, "annotation.2025-10-03=a note the next day", "annotation.2025-10-08=another within the week");
        string svg = File.ReadAllText(Path.Combine(folder, "figures", figure));

        string[] labels = ["entry", "a note the next day", "another within the week", "13F filed"];
        SvgTexts.Drawn[] drawn = [.. SvgTexts.Of(svg).Where(t => labels.Contains(t.Text))];

        Assert.That(drawn.Select(d => d.Text), Is.EquivalentTo(labels));
        for (int a = 0; a < drawn.Length; a++)
        {
            for (int b = a + 1; b < drawn.Length; b++)
            {
                bool apart = drawn[a].Right <= drawn[b].Left || drawn[b].Right <= drawn[a].Left || drawn[a].Bottom <= drawn[b].Top || drawn[b].Bottom <= drawn[a].Top;
                Assert.That(apart, $"'{drawn[a].Text}' and '{drawn[b].Text}' overlap in {figure}");
            }
        }
    }
}
