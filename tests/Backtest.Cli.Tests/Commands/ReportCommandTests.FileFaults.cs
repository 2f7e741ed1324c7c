using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>report and compare read a results folder as run reads its data: whatever is no readable file is exit 2 naming it, at once.</summary>
public partial class ReportCommandTests
{
    [TestCase("metrics.json", "is a named pipe")]
    [TestCase("equity.csv", "is a named pipe")]
    [TestCase("run.json", "symbolic link")]
    public void Report_ResultFileThatIsNoReadableFile_ExitsTwoNamingIt(string file, string problem)
    {
        string folder = RunBurry("shortAllocation=0.8");
        string path = Path.Combine(folder, file);
        File.Delete(path);
        if (problem == "is a named pipe")
        {
            FileFaults.MakeNamedPipe(path);
        }
        else
        {
            FileFaults.MakeLinkLoop(path);
        }

        var report = Task.Run(() => TestCli.Run("report", folder));

        Assert.That(report.Wait(TimeSpan.FromSeconds(30)), Is.True, "report returned instead of waiting on the file");
        Assert.That(report.Result.ExitCode, Is.EqualTo(ExitCodes.BadInput), report.Result.Output);
        Assert.That(report.Result.Stderr, Does.Contain(path).And.Contain(problem));
    }
}
