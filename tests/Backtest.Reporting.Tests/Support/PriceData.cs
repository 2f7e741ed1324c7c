namespace Backtest.Reporting.Tests.Support;

/// <summary>The prices a fixture runs on.</summary>
public enum PriceData
{
    /// <summary>The synthetic prices in Fixtures/prices: always there.</summary>
    Fixture,

    /// <summary>The real Yahoo daily prices in ../shared/data/yahoo-daily: skipped when absent.</summary>
    Yahoo,
}
