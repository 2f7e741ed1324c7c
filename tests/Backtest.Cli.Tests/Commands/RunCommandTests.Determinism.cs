namespace Backtest.Cli.Tests.Commands;

/// <summary>Same inputs, same files: a run with its report written twice gives the same bytes in every file, figures and PDF included.</summary>
public partial class RunCommandTests
{
    [Test]
    public void Run_WithReportTwice_WritesByteIdenticalFilesFiguresAndPdf()
    {
        _out = NewTempFolder();
        string[] args = ["run", Burry, "--data", TestCli.FixturePrices, "--out", _out, "--format", "pdf,png,svg"];

        AssertSucceeded(TestCli.Run(args));
        AssertSucceeded(TestCli.Run(args));

        string[] folders = ResultFolders(Burry);
        string[] files = [.. Directory.EnumerateFiles(folders[0], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folders[0], f)).Order(StringComparer.Ordinal)];
        Assert.That(files, Does.Contain("report.pdf").And.Contain(Path.Combine("figures", "equity.png")).And.Contain(Path.Combine("figures", "equity.svg")));
        Assert.That(Directory.EnumerateFiles(folders[1], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folders[1], f)).Order(StringComparer.Ordinal), Is.EqualTo(files));
        foreach (string file in files)
        {
            Assert.That(File.ReadAllBytes(Path.Combine(folders[1], file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(folders[0], file))), file);
        }
    }
}
