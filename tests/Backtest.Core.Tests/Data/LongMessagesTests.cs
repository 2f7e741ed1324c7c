using Backtest.Core.Data;
using Backtest.Core.Sweeps;

namespace Backtest.Core.Tests.Data;

/// <summary>Messages stay short whatever the input: a bulk folder's tickers and a pasted --grid are cut, saying how much was left out.</summary>
public class LongMessagesTests
{
    [Test]
    public void UnknownTicker_InABulkFolder_ListsTwentyTickersAndCountsTheRest()
    {
        string[] available = [.. Enumerable.Range(0, 5_025).Select(i => $"T{i:0000}")];

        string message = DataErrors.UnknownTicker("NVDA", "stooq", available).Message;

        Assert.That(message, Does.EndWith("Tickers available there: T0000, T0001, T0002, T0003, T0004, T0005, T0006, T0007, T0008, T0009, T0010, T0011, T0012, T0013, T0014, T0015, T0016, T0017, T0018, T0019 and 5,005 more."));
    }

    [Test]
    public void MalformedGrid_WithAPastedMegabyte_QuotesAHundredCharacters()
    {
        string spec = new('1', 1_000_000);

        string message = SweepErrors.MalformedRange("shortAllocation", spec).Message;

        Assert.That(message.Length, Is.LessThan(400));
        Assert.That(message, Does.StartWith("--grid shortAllocation=" + new string('1', 100)));
    }
}
