using Backtest.Core.Scenarios;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

// FsCheck supplies the arguments of [Property] methods; the NUnit analyzer cannot see that.
#pragma warning disable NUnit1027

namespace Backtest.Core.Tests.Scenarios;

/// <summary>Invariants of <see cref="StationaryBootstrap.Fill"/> over histories, blocks, lengths and seeds FsCheck picks.</summary>
[TestFixture]
public class StationaryBootstrapPropertyTests
{
    [Property(MaxTest = 300)]
    public bool Fill_WritesOnlyItsSpan_AndOnlyDaysOfTheHistory(int history, double block, byte length, long seed, int path)
    {
        int historyLength = 2 + (int)((uint)history % 10_000);
        double meanBlock = double.IsFinite(block) ? 1 + Math.Abs(block % 500) : 1;
        var bootstrap = new StationaryBootstrap(historyLength, meanBlock);

        // A guard of sentinels on both sides: Fill must leave them, and fill every day between with an index.
        const int guard = 8, sentinel = -7;
        int[] buffer = Enumerable.Repeat(sentinel, length + (2 * guard)).ToArray();
        var random = new PathRandom(seed, path);
        bootstrap.Fill(buffer.AsSpan(guard, length), ref random);

        bool guardsKept = buffer[..guard].All(x => x == sentinel) && buffer[(guard + length)..].All(x => x == sentinel);
        bool daysInHistory = buffer[guard..(guard + length)].All(d => d >= 0 && d < historyLength);
        return guardsKept && daysInHistory;
    }

    [Property(MaxTest = 200)]
    public bool Fill_DrawsAsDocumented_ACoinEachDayAndAStartOnHeads(int history, double block, long seed, int path)
    {
        // The draws are part of the output format; this replays the documented rule draw by draw.
        int historyLength = 2 + (int)((uint)history % 1000);
        double meanBlock = double.IsFinite(block) ? 1 + Math.Abs(block % 50) : 1;
        var bootstrap = new StationaryBootstrap(historyLength, meanBlock);
        int[] days = new int[64];
        var random = new PathRandom(seed, path);
        bootstrap.Fill(days, ref random);

        var replay = new PathRandom(seed, path);
        bool same = days[0] == replay.NextInt(historyLength);
        for (int t = 1; t < days.Length; t++)
        {
            int expected = replay.NextDouble() < 1 / meanBlock ? replay.NextInt(historyLength) : (days[t - 1] + 1) % historyLength;
            same &= days[t] == expected;
        }

        return same && random.NextULong() == replay.NextULong();
    }
}
