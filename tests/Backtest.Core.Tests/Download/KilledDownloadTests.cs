using Backtest.Core.Download;
using Backtest.Testing;
using Backtest.Testing.Http;

namespace Backtest.Core.Tests.Download;

/// <summary>
/// Download then write, as <c>data fetch</c> does, with the server killing the answer half way (it promises a
/// Content-Length it never sends and closes the connection): the old files stay as they were and nothing else appears.
/// </summary>
public class KilledDownloadTests
{
    [Test]
    public void FetchIntoFolder_ConnectionKilledMidAnswer_LeavesTheOldFilesIntactAndNoTemporaryFile()
    {
        string folder = TestPaths.NewTempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "NVDA.csv"), "Date,Open,High,Low,Close,Volume\n2024-06-03,1,2,0.5,1.5,100\n");
            string[] before = Snapshot(folder);
            using var server = new LocalHttpServer(_ => ServerAnswer.Ok(YahooChart.NvdaSplitWeek) with { CutAfterBytes = 1000 });
            var options = new DownloadOptions { MaxAttempts = 2, FirstRetryDelay = TimeSpan.FromMilliseconds(1), Jitter = new Random(1).NextDouble };
            var downloader = new YahooChartDownloader(new HttpClient { BaseAddress = server.BaseAddress }, options);
            var request = new DownloadRequest("NVDA", new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 30));

            Assert.Throws<InputException>(() => PriceFileWriter.Write(folder, downloader.DownloadAsync(request, CancellationToken.None).GetAwaiter().GetResult()));

            Assert.That(server.Requests, Has.Count.EqualTo(2));
            Assert.That(Snapshot(folder), Is.EqualTo(before));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Every file in the folder, hidden ones included, with its content.
    private static string[] Snapshot(string folder) =>
        [.. Directory.GetFiles(folder, "*", new EnumerationOptions { AttributesToSkip = 0 }).Order(StringComparer.Ordinal).Select(f => $"{Path.GetFileName(f)}: {File.ReadAllText(f)}")];
}
