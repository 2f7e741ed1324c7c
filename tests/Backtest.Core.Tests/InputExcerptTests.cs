namespace Backtest.Core.Tests;

/// <summary>Messages quote at most <see cref="InputExcerpt.MaxLength"/> characters of any input, cut visibly.</summary>
public class InputExcerptTests
{
    [TestCase("")]
    [TestCase("2024-13-01")]
    public void Of_ShortText_IsTheTextItself(string text)
    {
        Assert.That(InputExcerpt.Of(text), Is.SameAs(text));
    }

    [Test]
    public void Of_TextOfExactlyTheLimit_IsNotCut()
    {
        string text = new('x', InputExcerpt.MaxLength);

        Assert.That(InputExcerpt.Of(text), Is.EqualTo(text));
    }

    [Test]
    public void Of_LongerText_IsItsStartAndAnEllipsis()
    {
        string text = new string('a', InputExcerpt.MaxLength) + "b";

        Assert.That(InputExcerpt.Of(text), Is.EqualTo(new string('a', InputExcerpt.MaxLength) + "..."));
    }

    [Test]
    public void Of_CutFallingInsideASurrogatePair_KeepsTheWholeCharacterOut()
    {
        // U+1F4C8 (chart increasing) is two UTF-16 units; cutting between them would print half a character.
        string text = new string('a', InputExcerpt.MaxLength - 1) + "\U0001F4C8" + "tail";

        string excerpt = InputExcerpt.Of(text);

        Assert.That(excerpt, Is.EqualTo(new string('a', InputExcerpt.MaxLength - 1) + "..."));
    }

    [Test]
    public void Of_ManyItems_JoinsOnlyWhatIsQuoted()
    {
        IEnumerable<string> columns = Enumerable.Range(0, 1_000_000).Select(k => "c" + k);

        string excerpt = InputExcerpt.Of(columns, ", ");

        Assert.That(excerpt, Does.StartWith("c0, c1, c2, ").And.EndWith("...").And.Length.EqualTo(InputExcerpt.MaxLength + 3));
    }

    [Test]
    public void Of_ItemsThatFit_AreJoinedWhole()
    {
        Assert.That(InputExcerpt.Of(["Date", "Open", "Close"], ", "), Is.EqualTo("Date, Open, Close"));
    }
}
