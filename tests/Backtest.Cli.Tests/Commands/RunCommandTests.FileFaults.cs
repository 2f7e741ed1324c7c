using System.Diagnostics;
using System.Text.RegularExpressions;
using Backtest.Core.Data;
using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// A price file the file system makes unreadable (a named pipe, a loop of links, a folder, no permission, one huge
/// line): exit code 2 at once, one message naming the file and why, no stack trace, nothing written.
/// </summary>
public partial class RunCommandTests
{
    // Starting dotnet takes a second or two, more on a loaded machine; a run stuck on a pipe never ends.
    private static readonly TimeSpan ProcessLimit = TimeSpan.FromSeconds(60);

    [Test]
    public void Run_PriceFileIsANamedPipe_ExitsTwoAtOnceAsARealProcess()
    {
        string data = CopyOfFixturePrices();
        string pipe = Path.Combine(data, "NVDA.csv");
        File.Delete(pipe);
        FileFaults.MakeNamedPipe(pipe);

        CliRun run = RunAsProcess(BacktestProcess.Start, data);

        AssertRefusedByProcess(run, $"{pipe}: cannot be read: it is a named pipe (FIFO), not a regular file");
    }

    [Test]
    public void Run_PriceFileUnreadableToTheUser_ExitsTwoAsAnOrdinaryUser()
    {
        // As root (a container's CI), permissions stop no read, so the run is made as nobody; as an ordinary user the
        // in-process test below checks the same.
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("runs backtest as nobody through Linux's setpriv");
            return;
        }

        string data = CopyOfFixturePrices();
        string file = Path.Combine(data, "NVDA.csv");
        File.SetUnixFileMode(file, UnixFileMode.None);
        File.SetUnixFileMode(_out, (UnixFileMode)0b111_111_111);

        CliRun run = RunAsProcess(BacktestProcess.StartAsNobody, data);

        AssertRefusedByProcess(run, $"{file}: cannot be read: permission denied");
    }

    [Test]
    public void Run_PriceFileUnreadable_ExitsTwoNamingIt()
    {
        string data = CopyOfFixturePrices();
        string file = Path.Combine(data, "NVDA.csv");
        FileFaults.MakeUnreadable(file);

        CliRun run = RunOn(data, Burry);

        FileFaults.MakeReadable(file);
        AssertOneLineBadInput(run, $"{file}: cannot be read: permission denied");
    }

    [Test]
    public void Run_PriceFileIsALinkLoop_ExitsTwoNamingTheLoop()
    {
        string data = CopyOfFixturePrices();
        string file = Path.Combine(data, "NVDA.csv");
        File.Delete(file);
        FileFaults.MakeLinkLoop(file);

        CliRun run = RunOn(data, Burry);

        AssertOneLineBadInput(run, $"{file}: cannot be read: it is a symbolic link that loops");
    }

    [Test]
    public void Run_PriceFileIsAFolder_ExitsTwoSayingSo()
    {
        string data = CopyOfFixturePrices();
        string file = Path.Combine(data, "NVDA.csv");
        File.Delete(file);
        Directory.CreateDirectory(file);

        CliRun run = RunOn(data, Burry);

        AssertOneLineBadInput(run, $"{file}: cannot be read: it is a folder, not a file.");
    }

    [Test]
    public void Run_PriceFileOfOneHugeLine_ExitsTwoQuicklyWithAShortMessage()
    {
        string data = CopyOfFixturePrices();
        string file = Path.Combine(data, "NVDA.csv");
        File.Delete(file);
        FileFaults.WriteOneHugeLine(file, string.Empty, 64L << 20);
        var clock = Stopwatch.StartNew();

        CliRun run = RunOn(data, Burry);

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        AssertOneLineBadInput(run, $"{file}, line 1: the line is longer than 1 MiB ({InputFile.MaxLineBytes:N0} bytes)");
        Assert.That(run.Output, Has.Length.LessThan(file.Length + 250), run.Output);
    }

    [Test]
    public void Run_BorrowDataIsANamedPipe_ExitsTwoAtOnceAsARealProcess()
    {
        string pipe = Path.Combine(NewTempFolder(), "borrow.csv");
        FileFaults.MakeNamedPipe(pipe);

        CliRun run = RunAsProcess(BacktestProcess.Start, TestCli.FixturePrices, "--set", $"borrowData={pipe}");

        AssertRefusedByProcess(run, $"{pipe}: cannot be read: it is a named pipe (FIFO), not a regular file");
    }

    // The Burry run on data as a real process started by start (as this user or as nobody), in the --out folder.
    private CliRun RunAsProcess(Func<string, string[], Process> start, string data, params string[] more)
    {
        using Process process = start(_out, ["run", Burry, "--data", data, "--out", _out, "--no-report", .. more]);
        return BacktestProcess.Wait(process, ProcessLimit);
    }

    // A refusal as a process prints it: exit 2, the message (perhaps wrapped: compared without whitespace), no trace.
    private void AssertRefusedByProcess(CliRun run, string expected)
    {
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(WithoutSpace(run.Output), Does.StartWith("Error:").And.Contain(WithoutSpace(expected)), run.Output);
        Assert.That(run.Output, Does.Not.Contain("Internal error").And.Not.Contain("Exception").And.Not.Contain(" at "), run.Output);
        Assert.That(Directory.GetFileSystemEntries(_out, "*", SearchOption.AllDirectories), Is.Empty, "nothing is written under --out");
    }

    private static string WithoutSpace(string text) => Regex.Replace(text, @"\s+", string.Empty);
}
