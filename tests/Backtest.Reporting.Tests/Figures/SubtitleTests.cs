using Backtest.Reporting.Figures;
using Backtest.Reporting.Style;

namespace Backtest.Reporting.Tests.Figures;

/// <summary>
/// The subtitle wraps at ", " to the characters a line holds: the width in 96ths of an inch over a 10.5-unit character
/// taken as 0.6 em wide (6.3 units), so 99 characters at 6.5 inches and 152 at 10.
/// </summary>
public sealed class SubtitleTests
{
    private const int ColumnLine = 99;

    [Test]
    public void Wrap_TextThatFits_IsOneLineUnchanged()
    {
        const string text = "burry-13f-2025, 2025-10-01 to 2025-12-31: entryDate=2025-10-01, rebalance=none";

        Assert.That(Subtitle.Wrap(text, FigureSize.Column, maxLines: 2), Is.EqualTo(text));
    }

    [Test]
    public void Wrap_TextForTwoLines_BreaksAtACommaWithoutEllipsis()
    {
        string text = string.Join(", ", Enumerable.Range(10, 10).Select(k => $"parameter{k}=value"));

        string wrapped = Subtitle.Wrap(text, FigureSize.Column, maxLines: 2);

        string[] lines = wrapped.Split('\n');
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines.Select(l => l.Length), Is.All.LessThanOrEqualTo(ColumnLine));
            Assert.That(wrapped.Replace("\n", ", ", StringComparison.Ordinal), Is.EqualTo(text), "nothing lost or added");
        }
    }

    [Test]
    public void Wrap_TextForMoreLines_CutsAfterTwoWithEllipsis()
    {
        string text = string.Join(", ", Enumerable.Range(10, 40).Select(k => $"parameter{k}=value"));

        string[] lines = Subtitle.Wrap(text, FigureSize.Column, maxLines: 2).Split('\n');

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines.Select(l => l.Length), Is.All.LessThanOrEqualTo(ColumnLine));
            Assert.That(lines[^1], Does.EndWith(", ..."));
        }
    }

    [Test]
    public void Wrap_WiderFigure_HoldsMoreOnALine()
    {
        string text = string.Join(", ", Enumerable.Range(10, 40).Select(k => $"parameter{k}=value"));

        string[] lines = Subtitle.Wrap(text, new FigureSize(10, 5), maxLines: 2).Split('\n');

        Assert.That(lines.Select(l => l.Length), Is.All.LessThanOrEqualTo(152).And.Some.GreaterThan(ColumnLine));
    }

    // Many texts of parts 1 to 40 characters long: at most two lines, none too long, ", ..." exactly when something was
    // cut, and otherwise the text itself with some ", " turned into line breaks.
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    public void Wrap_RandomTexts_NoLineTooLongAtMostTwoEllipsisWhenCut(int seed)
    {
        var random = new Random(seed);
        for (int sample = 0; sample < 500; sample++)
        {
            string[] parts = [.. Enumerable.Range(0, random.Next(1, 15)).Select(_ => new string('a', random.Next(1, 41)))];
            string text = string.Join(", ", parts);

            string wrapped = Subtitle.Wrap(text, FigureSize.Column, maxLines: 2);

            string[] lines = wrapped.Split('\n');
            bool cut = wrapped.EndsWith(", ...", StringComparison.Ordinal);
            string kept = cut ? wrapped[..^", ...".Length] : wrapped;
            Assert.That(lines, Has.Length.LessThanOrEqualTo(2), text);
            Assert.That(lines.Select(l => l.Length), Is.All.LessThanOrEqualTo(ColumnLine), text);
            Assert.That(text, Does.StartWith(kept.Replace("\n", ", ", StringComparison.Ordinal)), text);
            Assert.That(cut, Is.EqualTo(kept.Replace("\n", ", ", StringComparison.Ordinal).Length < text.Length), $"ellipsis exactly when cut: {text}");
        }
    }
}
