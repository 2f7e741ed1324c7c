using System.Diagnostics;
using Backtest.Testing;

namespace Backtest.Cli.Tests;

/// <summary>
/// The command line as a real process with its streams redirected, as a script or a scheduler runs it: an error is one
/// line on standard error, never wrapped and without a raw control character, and standard output holds no error.
/// </summary>
public partial class BacktestAppTests
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(2);

    [Test]
    public void Process_UnknownPreset_ErrorOnStandardErrorOnly()
    {
        CliRun run = RunProcess("run", "nosuch");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.StartWith("Error: unknown strategy or preset 'nosuch'").And.Contain("Presets: ").And.Contain("burry-13f-2025"));
        Assert.That(Lines(run.Stderr), Has.Length.EqualTo(1), "one line");
        Assert.That(run.Stderr, Does.Not.Contain("Exception").And.Not.Match(@"(?m)^\s+at "), "no stack trace");
        Assert.That(run.Stderr, Does.Not.Contain('\u001b'), "no colour codes in a file");
        Assert.That(run.Stdout, Does.Not.Contain("Error"));
    }

    [Test]
    public void Process_ErrorLongerThan200Characters_OneLineOnStandardError()
    {
        string root = TestPaths.NewTempFolder();
        try
        {
            // Hyphens and slashes are where Spectre would break the path had it wrapped it at 80 columns.
            string missing = Path.Combine(root, string.Join('-', Enumerable.Repeat("long-folder-name", 8)), "and-deeper", "data");

            CliRun run = RunProcess("run", "burry-13f-2025", "--data", missing, "--out", root);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
            Assert.That(Lines(run.Stderr), Has.Length.EqualTo(1), "one line");
            Assert.That(run.Stderr, Does.StartWith($"Error: data folder '{missing}' does not exist"));
            Assert.That(run.Stderr.TrimEnd().Length, Is.GreaterThan(200));
            Assert.That(run.Stdout, Is.Empty);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void Process_PriceCellWithEscapeAndBell_ShownEscapedOnStandardError()
    {
        string root = TestPaths.NewTempFolder();
        try
        {
            string data = Directory.CreateDirectory(Path.Combine(root, "data")).FullName;
            foreach (string file in Directory.EnumerateFiles(TestCli.FixturePrices))
            {
                File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
            }

            string nvda = Path.Combine(data, "NVDA.csv");
            string[] lines = File.ReadAllLines(nvda);
            lines[4] = "2025-09-30,\u001b[2J\u001b]0;owned\u0007,1,1,1,100";
            File.WriteAllLines(nvda, lines);
            string output = Directory.CreateDirectory(Path.Combine(root, "out")).FullName;

            CliRun run = RunProcess("run", "burry-13f-2025", "--data", data, "--out", output, "--no-report");

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
            Assert.That(run.Stderr, Does.StartWith($@"Error: {nvda}, line 5: Open '\x1B[2J\x1B]0;owned\x07' is not a number"));
            Assert.That(Lines(run.Stderr), Has.Length.EqualTo(1), "one line");
            Assert.That(run.Output, Does.Not.Contain('\u001b').And.Not.Contain('\u0007'), "no raw control character on either stream");
            Assert.That(Directory.EnumerateFileSystemEntries(output), Is.Empty);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static CliRun RunProcess(params string[] args)
    {
        using Process process = BacktestProcess.Start(TestPaths.RepoRoot, args);
        return BacktestProcess.Wait(process, ProcessTimeout);
    }

    private static string[] Lines(string text) => text.TrimEnd('\n', '\r').Split('\n');
}
