namespace Backtest.Core.Scenarios;

/// <summary>
/// A stretch of history replayed forward: the daily moves of <see cref="Ticker"/> from the close of <see cref="From"/> to
/// the close of <see cref="To"/>, applied to today's tickers (each scaled by its beta to <see cref="Ticker"/>).
/// </summary>
/// <param name="Name">The name the command line takes (<c>dotcom-bust</c>).</param>
/// <param name="Ticker">The ticker whose moves are replayed (QQQ, SPY), or an equal-weight basket of several (<c>QQQ+ORCL</c>).</param>
/// <param name="From">The close the replay starts from (a peak): its first synthetic day is the day after.</param>
/// <param name="To">The last close replayed (a low).</param>
/// <param name="Story">What the window was, with its source, for the README, <c>list</c> and the results.</param>
public sealed record Analog(string Name, string Ticker, DateOnly From, DateOnly To, string Story)
{
    /// <summary>The tickers of the analog: one, or the members of its basket.</summary>
    public IReadOnlyList<string> Tickers => Ticker.Split('+');
}
