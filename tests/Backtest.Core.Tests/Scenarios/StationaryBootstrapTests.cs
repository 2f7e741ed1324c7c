using Backtest.Core.Scenarios;

namespace Backtest.Core.Tests.Scenarios;

[TestFixture]
public class StationaryBootstrapTests
{
    [Test]
    public void Fill_SameSeedAndPath_GivesTheSameDays()
    {
        var bootstrap = new StationaryBootstrap(5000, 20);

        int[] first = Path(bootstrap, 9, 17, 252);
        int[] second = Path(bootstrap, 9, 17, 252);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Fill_OtherPaths_GiveOtherDays()
    {
        var bootstrap = new StationaryBootstrap(5000, 20);

        int[][] paths = Enumerable.Range(0, 50).Select(p => Path(bootstrap, 9, p, 252)).ToArray();

        // Two paths of 252 days from 5000 agree on a day with chance 1/5000 each, unless the generator repeats.
        for (int a = 0; a < paths.Length; a++)
        {
            for (int b = a + 1; b < paths.Length; b++)
            {
                Assert.That(paths[a].Zip(paths[b]).Count(d => d.First == d.Second), Is.LessThan(10), $"paths {a} and {b}");
            }
        }
    }

    [Test]
    public void Fill_PathsRunOnThreadsInAnyOrder_GiveTheDaysOfASequentialRun()
    {
        var bootstrap = new StationaryBootstrap(1000, 5);
        int[][] sequential = Enumerable.Range(0, 200).Select(p => Path(bootstrap, 3, p, 100)).ToArray();

        int[][] parallel = new int[200][];
        Parallel.For(0, 200, k => parallel[199 - k] = Path(bootstrap, 3, 199 - k, 100));

        Assert.That(parallel, Is.EqualTo(sequential));
    }

    [TestCase(1.0)]
    [TestCase(2.5)]
    [TestCase(20.0)]
    [TestCase(100.0)]
    public void Fill_RunsOfConsecutiveDays_HaveMeanLengthTheMeanBlock(double meanBlock)
    {
        const int historyLength = 5000, pathLength = 2_000_000;
        var bootstrap = new StationaryBootstrap(historyLength, meanBlock);
        int[] days = Path(bootstrap, 11, 0, pathLength);

        // A run ends where the next day is not the day after (day 0 after day N - 1). The last run may be cut
        // short by the path's end, so it is left out.
        var runs = new List<int>();
        int length = 1;
        for (int t = 1; t < days.Length; t++)
        {
            if (days[t] == (days[t - 1] + 1) % historyLength)
            {
                length++;
            }
            else
            {
                runs.Add(length);
                length = 1;
            }
        }

        // A run goes on when no block starts (1 - p) or when a new block happens to start on the next day (p / N),
        // so runs are geometric with continuation q = 1 - p + p/N: mean 1 / (1 - q), which is b N / (N - 1), and
        // variance q / (1 - q)^2. Five standard errors of the mean of that many runs.
        double p = 1 / meanBlock;
        double q = 1 - p + (p / historyLength);
        double expected = 1 / (1 - q);
        double standardError = Math.Sqrt(q / ((1 - q) * (1 - q)) / runs.Count);
        Assert.That(runs.Average(), Is.EqualTo(expected).Within((5 * standardError) + 1e-12));
    }

    [Test]
    public void Fill_DaysOfAPath_AreEachUniformOverTheHistory()
    {
        // The wrap makes every path day uniform over the history, which is why resampled returns keep the source's
        // mean. Day 10 of 40,000 paths over 10 source days: chi-square with 9 degrees of freedom, one-in-a-million
        // quantile 41.3 (a tail the fixed seed makes a bug check).
        var bootstrap = new StationaryBootstrap(10, 4);
        long[] counts = new long[10];
        for (int p = 0; p < 40_000; p++)
        {
            counts[Path(bootstrap, 5, p, 11)[10]]++;
        }

        double statistic = counts.Sum(c => (c - 4000.0) * (c - 4000.0) / 4000.0);
        Assert.That(statistic, Is.LessThan(41.3));
    }

    [Test]
    public void Fill_ManyPaths_AllocatesNothing()
    {
        var bootstrap = new StationaryBootstrap(5000, 20);
        Span<int> days = stackalloc int[252];
        var warmUp = new PathRandom(1, 0);
        bootstrap.Fill(days, ref warmUp);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int p = 0; p < 10_000; p++)
        {
            var random = new PathRandom(1, p);
            bootstrap.Fill(days, ref random);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    [Test]
    public void Fill_EmptySpan_DrawsNothing()
    {
        var bootstrap = new StationaryBootstrap(10, 3);
        var used = new PathRandom(1, 0);
        var fresh = new PathRandom(1, 0);

        bootstrap.Fill([], ref used);

        Assert.That(used.NextULong(), Is.EqualTo(fresh.NextULong()));
    }

    [TestCase(1, 5.0)]
    [TestCase(0, 5.0)]
    [TestCase(100, 0.99)]
    [TestCase(100, 0.0)]
    [TestCase(100, double.NaN)]
    [TestCase(100, double.PositiveInfinity)]
    public void Constructor_HistoryOrBlockOutOfRange_Throws(int historyLength, double meanBlock)
    {
        Assert.That(() => new StationaryBootstrap(historyLength, meanBlock), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    internal static int[] Path(StationaryBootstrap bootstrap, long seed, long path, int days)
    {
        int[] result = new int[days];
        var random = new PathRandom(seed, path);
        bootstrap.Fill(result, ref random);
        return result;
    }
}
