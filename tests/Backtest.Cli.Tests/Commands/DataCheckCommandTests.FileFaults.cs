using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary><c>data check</c> on files the file system makes unreadable: each fails at once with its reason, and the rest are checked.</summary>
public partial class DataCheckCommandTests
{
    [Test]
    public void Check_NamedPipeLinkLoopAndFolder_FailEachAtOnceAndChecksTheRest()
    {
        string folder = NewFolder();
        Write(folder, "ABC.csv", [Header, .. CleanRows]);
        string pipe = Path.Combine(folder, "NVDA.csv");
        FileFaults.MakeNamedPipe(pipe);
        string loop = Path.Combine(folder, "LOOP.csv");
        FileFaults.MakeLinkLoop(loop);
        string folderFile = Path.Combine(folder, "DIR.csv");
        Directory.CreateDirectory(folderFile);

        Task<CliRun> checking = Task.Run(() => TestCli.Run("data", "check", folder));
        if (!checking.Wait(TimeSpan.FromSeconds(30)))
        {
            // Let the stuck check go before failing, so that no thread is left waiting on the pipe.
            using (new FileStream(pipe, FileMode.Open, FileAccess.Write))
            {
            }

            Assert.Fail($"data check waited on the named pipe {pipe}");
        }

        CliRun run = checking.Result;
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(Cells(run.Output, "ABC")[^1], Is.EqualTo("ok"));
        Assert.That(FindingLines(run.Output, "NVDA"), Is.EqualTo(new[] { $"NVDA - fail {pipe}: cannot be read: it is a named pipe (FIFO), not a regular file; reading it would wait for a writer, maybe forever." }));
        Assert.That(FindingLines(run.Output, "LOOP"), Is.EqualTo(new[] { $"LOOP - fail {loop}: cannot be read: it is a symbolic link that loops (following it leads back to a link already followed)." }));
        Assert.That(FindingLines(run.Output, "DIR"), Is.EqualTo(new[] { $"DIR - fail {folderFile}: cannot be read: it is a folder, not a file." }));
        Assert.That(run.Output, Does.Contain("1 ok, 0 warn, 3 fail.").And.Not.Contain("Internal error"));
    }
}
