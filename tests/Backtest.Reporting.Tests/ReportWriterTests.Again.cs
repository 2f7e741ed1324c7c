using Backtest.Reporting.Tests.Support;

namespace Backtest.Reporting.Tests;

/// <summary><c>report</c> on a results folder gives the files <c>run</c> wrote into it, byte for byte.</summary>
public sealed partial class ReportWriterTests
{
    [Test]
    public void Write_AgainOnTheRunsFolder_GivesTheSameFilesByteForByte()
    {
        // A copy, so the other tests see the files exactly as the run left them.
        string copy = Path.Combine(_root, "again");
        FolderSnapshot.Copy(_folder, copy);
        SortedDictionary<string, string> before = FolderSnapshot.Of(copy);

        ReportWriter.Write(copy, ReportOptions.Default);

        SortedDictionary<string, string> after = FolderSnapshot.Of(copy);
        Assert.That(after.Keys, Is.EqualTo(before.Keys), "file list");
        Assert.That(after.Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key), Is.Empty, "files whose SHA-256 changed");
    }
}
