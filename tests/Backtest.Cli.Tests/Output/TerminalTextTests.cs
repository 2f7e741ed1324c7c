using Backtest.Cli.Output;

namespace Backtest.Cli.Tests.Output;

public class TerminalTextTests
{
    [TestCase("\u001b[2J", @"\x1B[2J")]
    [TestCase("ding\u0007", @"ding\x07")]
    [TestCase("\u001b]0;owned\u0007", @"\x1B]0;owned\x07")]
    [TestCase("a\nb\r\nc\td", @"a\nb\r\nc\td")]
    [TestCase("\u0000\u001f\u007f", @"\x00\x1F\x7F")]
    [TestCase("\u009b31m", @"\x9B31m")]
    [TestCase("abc\u202Edef", @"abc\u202Edef")]
    [TestCase("line\u2028next", @"line\u2028next")]
    public void Escape_ControlCharacters_ShownEscaped(string text, string expected)
    {
        Assert.That(TerminalText.Escape(text), Is.EqualTo(expected));
    }

    [TestCase(@"C:\data\NVDA.csv")]
    [TestCase("Zürich, 東京, €1,000 [red]not markup[/]")]
    [TestCase("")]
    public void Escape_NoControlCharacter_SameString(string text)
    {
        Assert.That(TerminalText.Escape(text), Is.SameAs(text));
    }

    [Test]
    public void AsMarkup_BracketsAndControls_PrintedLiterallyAndEscaped()
    {
        Assert.That(TerminalText.AsMarkup("[bold]\u0007"), Is.EqualTo(@"[[bold]]\x07"));
    }
}
