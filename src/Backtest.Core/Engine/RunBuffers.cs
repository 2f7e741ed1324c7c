namespace Backtest.Core.Engine;

/// <summary>
/// The arrays and lists a run records its days, trades and events into, kept from one run to the next: a sweep gives each
/// thread one, so that its thousands of runs do not each allocate (and the collector reclaim) a hundred kilobytes.
/// </summary>
/// <remarks>
/// A <see cref="BacktestResult"/> made on buffers shares them: it is valid only until the buffers serve another run, so
/// take what you need from it (its metrics, say) first. Not for use by two runs at once.
/// </remarks>
public sealed class RunBuffers
{
    internal double[] Equity { get; private set; } = [];

    internal double[] Cash { get; private set; } = [];

    internal double[] LongValue { get; private set; } = [];

    internal double[] ShortValue { get; private set; } = [];

    internal double[] OptionValue { get; private set; } = [];

    internal double[] OptionDelta { get; private set; } = [];

    internal double[] Positions { get; private set; } = [];

    internal List<Trade> Trades { get; } = new(64);

    internal List<RunEvent> Events { get; } = new(16);

    /// <summary>Makes the buffers fit a run of <paramref name="days"/> days of <paramref name="tickers"/> tickers, and empties the lists.</summary>
    internal RunBuffers Prepare(int days, int tickers)
    {
        if (Equity.Length != days || Positions.Length != days * tickers)
        {
            // Every day is written before it is read, so arrays of the right size are reused as they are.
            Equity = new double[days];
            Cash = new double[days];
            LongValue = new double[days];
            ShortValue = new double[days];
            OptionValue = new double[days];
            OptionDelta = new double[days];
            Positions = new double[days * tickers];
        }

        Trades.Clear();
        Events.Clear();
        return this;
    }
}
