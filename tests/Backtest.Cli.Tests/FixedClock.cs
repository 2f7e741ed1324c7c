namespace Backtest.Cli.Tests;

/// <summary>A clock stopped at one instant, so that results folders get the same name on every run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
