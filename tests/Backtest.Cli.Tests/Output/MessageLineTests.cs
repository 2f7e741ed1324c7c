using Backtest.Cli.Output;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Backtest.Cli.Tests.Output;

public class MessageLineTests
{
    [Test]
    public void Write_LongerThanTheConsole_OneLineNotWrapped()
    {
        using TestConsole console = new TestConsole().Width(40);
        string path = "/results/" + string.Join('/', Enumerable.Repeat("a-rather-long-folder-name", 10));

        console.Write(new MessageLine($"Results: {path}"));

        Assert.That(console.Output, Is.EqualTo($"Results: {path}" + Environment.NewLine));
    }

    [Test]
    public void Write_MarkupAndControlsInTheText_PrintedAsTheyAreAndEscaped()
    {
        using TestConsole console = new TestConsole().Width(40);

        console.Write(new MessageLine("Error:", new Style(Color.Red), "cell '[red]x[/]\u001b[2J' and\nmore"));

        Assert.That(console.Output, Is.EqualTo(@"Error: cell '[red]x[/]\x1B[2J' and\nmore" + Environment.NewLine));
    }

    [Test]
    public void Write_ColourConsole_OnlyTheLabelColoured()
    {
        using TestConsole console = new TestConsole().Width(40).Colors(ColorSystem.TrueColor).EmitAnsiSequences();

        console.Write(new MessageLine("Error:", new Style(Color.Red), "bad \u0007"));

        string output = console.Output;
        Assert.That(output, Does.Contain("\u001b[").And.EndWith(@"Error:" + "\u001b[0m" + @" bad \x07" + Environment.NewLine));
        Assert.That(output, Does.Not.Contain('\u0007'));
    }
}
