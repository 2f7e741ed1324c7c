using Spectre.Console.Testing;

namespace Backtest.Cli.Tests;

public class ErrorConsoleTests
{
    [TestCase("Error", "Error: ")]
    [TestCase("Warning", "Warning: ")]
    [TestCase("Note", "Note: ")]
    [TestCase("Stopped", "Stopped: ")]
    public void Message_LongWithAControlCharacter_OneLabelledLineEscaped(string kind, string label)
    {
        using TestConsole console = new TestConsole().Width(80);
        var errors = new ErrorConsole(console);
        string message = $"'{new string('x', 200)}\u001b'";

        Action<string> write = kind switch
        {
            "Error" => errors.Error,
            "Warning" => errors.Warning,
            "Note" => errors.Note,
            _ => errors.Stopped,
        };
        write(message);

        Assert.That(console.Output, Is.EqualTo($"{label}'{new string('x', 200)}\\x1B'" + Environment.NewLine));
    }

    [Test]
    public void InternalError_SaysItIsABugAndShowsTheTrace()
    {
        using TestConsole console = new TestConsole().Width(200);
        var errors = new ErrorConsole(console);

        errors.InternalError(new InvalidOperationException("the engine lost a share"));

        Assert.That(console.Output, Does.StartWith("Internal error (a bug; please report it with the command line):" + Environment.NewLine));
        Assert.That(console.Output, Does.Contain("InvalidOperationException").And.Contain("the engine lost a share"));
    }
}
