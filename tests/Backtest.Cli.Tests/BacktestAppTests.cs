using Backtest.Core.Runs;
using Backtest.Testing;

namespace Backtest.Cli.Tests;

/// <summary>The app runner: bugs are exit code 1 with the trace, and leave no results behind.</summary>
public partial class BacktestAppTests
{
    [Test]
    public void Run_StrategyThrows_ExitsOneAsAnInternalErrorAndWritesNothing()
    {
        string output = TestPaths.NewTempFolder();
        try
        {
            var environment = TestCli.Environment() with { Strategies = new StrategyCatalog(typeof(ThrowingStrategy).Assembly) };

            CliRun run = TestCli.Run(environment, "run", "throws-on-decide", "--data", TestCli.FixturePrices, "--out", output);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InternalError), run.Output);
            Assert.That(run.Stderr, Does.StartWith("Internal error").And.Contain("a bug in the strategy"));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(Directory.GetFileSystemEntries(output), Is.Empty);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [TestCase("frobnicate")]
    [TestCase("run --help --nonsense")]
    public void Run_UnknownCommandOrOption_ExitsTwo(string arguments)
    {
        CliRun run = TestCli.Run(arguments.Split(' '));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.StartWith("Error: "));
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void Run_Help_ExitsZeroAndShowsTheCommands()
    {
        CliRun run = TestCli.Run("--help");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Stdout, Does.Contain("run").And.Contain("list"));
        Assert.That(run.Stderr, Is.Empty);
    }
}
