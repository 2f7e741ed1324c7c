using Backtest.Reporting.Output;
using Backtest.Reporting.Style;
using SkiaSharp;

namespace Backtest.Reporting.Tests.Output;

/// <summary>A table cell too long for its column goes on several lines, each inside the column, with nothing lost.</summary>
public sealed class CellLinesTests
{
    [TestCase("shortAllocation=0.4", 200f)]
    [TestCase("1. borrowFee.PLTR=0.03, rebalance=monthly, shortAllocation=0.6, stopLoss=0.5", 80f)]
    [TestCase("2. burry-13f-2025, borrowFee.PLTR@2026-01-15=0.5, recall.PLTR=2026-03-02", 40f)]
    public void Wrap_AnyText_EveryLineFitsAndTheTextIsKept(string text, float width)
    {
        using var font = new SKFont(ReportStyle.Typeface(), 7.5f);

        IReadOnlyList<string> lines = CellLines.Wrap(text, width, font);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines.Select(l => font.MeasureText(l)), Is.All.LessThanOrEqualTo(width), "line widths");
            Assert.That(string.Concat(lines).Replace(" ", string.Empty), Is.EqualTo(text.Replace(" ", string.Empty)), "the text, spaces aside");
        }
    }

    [Test]
    public void Wrap_TextThatFits_IsOneLine()
    {
        using var font = new SKFont(ReportStyle.Typeface(), 7.5f);

        Assert.That(CellLines.Wrap("shortAllocation=0.4", 400, font), Is.EqualTo(new[] { "shortAllocation=0.4" }));
    }
}
