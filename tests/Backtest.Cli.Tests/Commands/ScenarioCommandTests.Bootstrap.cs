using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary><c>scenario --bootstrap</c>: statistics, paths and bands, the same bytes for the same seed.</summary>
public partial class ScenarioCommandTests
{
    private const string Squeeze = "burry-13f-2025-squeeze";

    // 800 weekdays from 2023-01-02 of made-up PLTR and NVDA: the preset's 2025-10-01 entry falls inside them.
    private string BootstrapData()
    {
        string folder = _temporary.New();
        RandomPriceFiles.Write(folder, ["PLTR", "NVDA"], 800, seed: 3);
        return folder;
    }

    [Test]
    public void Bootstrap_SameSeedTwice_WritesTheSameBytes()
    {
        string data = BootstrapData();
        string[] args = ["scenario", Burry, "--bootstrap", "300", "--seed", "7", "--data", data, "--out", _out, "--no-report"];

        CliRun first = TestCli.Run(args), second = TestCli.Run(args);

        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success), first.Output);
        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Success), second.Output);
        string[] folders = [.. Directory.GetDirectories(Path.Combine(_out, $"{Burry}-bootstrap")).Order(StringComparer.Ordinal)];
        Assert.That(folders, Has.Length.EqualTo(2), "the second run's folder takes a -2 suffix");
        foreach (string file in new[] { "scenario.json", "paths.csv", "fan.csv" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(folders[1], file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(folders[0], file))), file);
        }

        Assert.That(File.ReadAllLines(Path.Combine(folders[0], "paths.csv")), Has.Length.EqualTo(301));
        Assert.That(first.Stdout, Does.Contain("Margin call (chance)").And.Contain("CVaR 5%"));
    }

    [Test]
    public void Bootstrap_WithItsReport_WritesScenarioPdfAndEveryFigureInEveryFormat()
    {
        CliRun run = TestCli.Run(["scenario", Burry, "--bootstrap", "100", "--data", BootstrapData(), "--out", _out]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        string folder = Directory.GetDirectories(Path.Combine(_out, $"{Burry}-bootstrap")).Single();
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[] { "fan.csv", "paths.csv", "scenario.json", "scenario.pdf" }));
        Assert.That(
            Directory.GetFiles(Path.Combine(folder, "figures")).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "fan", "final-returns", "max-drawdowns" }.SelectMany(f => new[] { $"{f}.pdf", $"{f}.png", $"{f}.svg" }).Order(StringComparer.Ordinal)));
    }

    [Test]
    public void Report_OfABootstrapsFolder_DrawsItsReportAgainByteForByte()
    {
        Assert.That(TestCli.Run(["scenario", Burry, "--bootstrap", "100", "--data", BootstrapData(), "--out", _out]).ExitCode, Is.EqualTo(ExitCodes.Success));
        string folder = Directory.GetDirectories(Path.Combine(_out, $"{Burry}-bootstrap")).Single();
        byte[] page = File.ReadAllBytes(Path.Combine(folder, "scenario.pdf")), fan = File.ReadAllBytes(Path.Combine(folder, "figures", "fan.svg"));
        Directory.Delete(Path.Combine(folder, "figures"), recursive: true);
        File.Delete(Path.Combine(folder, "scenario.pdf"));

        CliRun run = TestCli.Run("report", folder);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Stdout, Does.Contain($"Wrote 10 files: {Path.Combine(folder, "scenario.pdf")}"));
        Assert.That(File.ReadAllBytes(Path.Combine(folder, "scenario.pdf")), Is.EqualTo(page));
        Assert.That(File.ReadAllBytes(Path.Combine(folder, "figures", "fan.svg")), Is.EqualTo(fan));
    }

    [Test]
    public void Bootstrap_Versus_RunsBothOnTheSamePathsAndJsonIsOneObject()
    {
        CliRun run = TestCli.Run(["scenario", Burry, "--versus", "burry-13f-2025-squeeze", "--bootstrap", "200", "--block", "5", "--data", BootstrapData(), "--out", _out, "--no-report", "--json"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        using JsonDocument summary = JsonDocument.Parse(run.Stdout);
        JsonElement targets = summary.RootElement.GetProperty("targets");
        Assert.That(targets.EnumerateArray().Select(t => t.GetProperty("label").GetString()), Is.EqualTo(new[] { Burry, "burry-13f-2025-squeeze" }));
        Assert.That(targets[0].GetProperty("statistics").GetProperty("paths").GetInt32(), Is.EqualTo(200));
        string folder = summary.RootElement.GetProperty("folder").GetString()!;
        Assert.That(File.ReadLines(Path.Combine(folder, "paths.csv")).First(), Is.EqualTo(
            $"path,{Burry}_final_return,{Burry}_max_drawdown,{Burry}_margin_calls,{Burry}_ruined,{Squeeze}_final_return,{Squeeze}_max_drawdown,{Squeeze}_margin_calls,{Squeeze}_ruined"));
        // The squeeze's recall (2026-03-02) falls on the synthetic days: it is carried out on every path.
        Assert.That(targets[1].GetProperty("statistics").GetProperty("medianReturn").GetDouble(), Is.Not.EqualTo(targets[0].GetProperty("statistics").GetProperty("medianReturn").GetDouble()));
        using JsonDocument record = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "scenario.json")));
        Assert.That(record.RootElement.GetProperty("blockRule").GetString(), Is.EqualTo("given"));
        Assert.That(record.RootElement.GetProperty("meanBlock").GetDouble(), Is.EqualTo(5));
    }

    [Test]
    public void Bootstrap_InterruptedByCtrlCWhileItsPathsRun_ExitsWithNothingWritten()
    {
        // A real process with more paths than it can run before the signal: it stops at the next chunk of paths.
        string data = BootstrapData();
        CliRun stopped;
        using (Process process = BacktestProcess.Start(TestPaths.RepoRoot, "scenario", Burry, "--bootstrap", "5000000", "--data", data, "--out", _out))
        {
            Thread.Sleep(TimeSpan.FromSeconds(3));
            if (process.HasExited)
            {
                Assert.Inconclusive("the scenario finished before it could be interrupted");
            }

            stopped = BacktestProcess.Interrupt(process, TimeSpan.FromMinutes(2));
        }

        Assert.That(stopped.ExitCode, Is.EqualTo(ExitCodes.Cancelled), stopped.Output);
        Assert.That(stopped.Stderr, Does.Contain("Stopped: the scenario was stopped before its paths were done; nothing was written."));
        Assert.That(Directory.GetFileSystemEntries(_out), Is.Empty);
    }

    [Test]
    public void Bootstrap_OnARealDiskThatFillsUp_ExitsTwoWithOneMessageAndLeavesNothing()
    {
        // 300 KB: paths.csv and fan.csv fit, the figures do not.
        string data = BootstrapData();
        using SmallDisk disk = SmallDisk.Mount(300);
        using Process process = BacktestProcess.Start(TestPaths.RepoRoot, "scenario", Burry, "--bootstrap", "2000", "--data", data, "--out", disk.Path);

        CliRun run = BacktestProcess.Wait(process, TimeSpan.FromMinutes(2));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(Regex.Replace(run.Output, @"\s+", " "), Does.Contain("No space left on device. Nothing was written."));
        Assert.That(Regex.Matches(run.Output, "Error:"), Has.Count.EqualTo(1), run.Output);
        Assert.That(run.Output, Does.Not.Contain("Unhandled").And.Not.Contain(" at "), "no stack trace");
        Assert.That(Directory.GetFileSystemEntries(disk.Path), Is.Empty);
    }

    [TestCase("--bootstrap", "0", "--bootstrap 0: the number of paths must be from 1")]
    [TestCase("--block", "0.5", "--block 0.5: the mean block length must be a number of days, at least 1")]
    [TestCase("--horizon", "0", "--horizon 0: the horizon must be from 1")]
    [TestCase("--history", "2025-06-01..", "days of history from 2025-06-01, fewer than the 250 a bootstrap draws from")]
    [TestCase("--history", "June..", "--history June.. is not FROM..TO")]
    [TestCase("--analog", "dotcom-bust", "name one future to run on")]
    public void BadBootstrap_ExitsTwoWithOneLine(string option, string value, string message)
    {
        string[] args = option == "--bootstrap" ? ["--bootstrap", value] : ["--bootstrap", "10", option, value];

        CliRun run = TestCli.Run(["scenario", Burry, .. args, "--data", BootstrapData(), "--out", _out, "--no-report"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.Contain(message));
        Assert.That(Directory.GetFileSystemEntries(_out), Is.Empty);
    }
}
