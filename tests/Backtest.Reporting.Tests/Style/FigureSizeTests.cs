using Backtest.Reporting.Style;

namespace Backtest.Reporting.Tests.Style;

public sealed class FigureSizeTests
{
    [TestCase("6.5x3.5", 6.5, 3.5)]
    [TestCase("10X5", 10, 5)]
    [TestCase("2x1.5", 2, 1.5)]
    [TestCase("20x20", 20, 20)]
    [TestCase("8.25x4", 8.25, 4)]
    public void TryParse_WidthByHeightInInches_GivesTheSize(string text, double width, double height)
    {
        bool parsed = FigureSize.TryParse(text, out FigureSize size);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.True);
            Assert.That(size, Is.EqualTo(new FigureSize(width, height)));
        }
    }

    [TestCase("")]
    [TestCase("6.5")]
    [TestCase("6.5x")]
    [TestCase("x3.5")]
    [TestCase("6.5x3.5x2")]
    [TestCase("6,5x3,5")]
    [TestCase("6.5*3.5")]
    [TestCase("wide x tall")]
    [TestCase("1.9x3.5")]
    [TestCase("6.5x1.4")]
    [TestCase("21x5")]
    [TestCase("6.5x21")]
    [TestCase("-6.5x3.5")]
    [TestCase("NaNx3.5")]
    [TestCase("Infinityx3.5")]
    public void TryParse_NotASizeInRange_FailsWithTheDefault(string text)
    {
        bool parsed = FigureSize.TryParse(text, out FigureSize size);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.False);
            Assert.That(size, Is.EqualTo(default(FigureSize)));
        }
    }

    [TestCase(72, 468, 252)]
    [TestCase(96, 624, 336)]
    [TestCase(300, 1950, 1050)]
    public void In_ColumnSize_GivesWholeUnits(double perInch, int width, int height) =>
        Assert.That(FigureSize.Column.In(perInch), Is.EqualTo((width, height)));
}
