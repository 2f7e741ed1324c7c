using Backtest.Core.Options;

namespace Backtest.Core.Tests.Options;

[TestFixture]
public class RealizedVolatilityTests
{
    [Test]
    public void Trailing_AlternatingReturns_IsTheirSampleDeviationAnnualised()
    {
        // Closes alternate x1.01 and /1.01: log returns +a, -a, ... with a = ln 1.01. Over 10 returns (5 of each) the mean
        // is 0 and the sample variance is 10 a^2 / 9; annualised: a sqrt(10/9 x 252).
        double[] closes = new double[11];
        closes[0] = 100;
        for (int k = 1; k < closes.Length; k++)
        {
            closes[k] = k % 2 == 1 ? closes[k - 1] * 1.01 : closes[k - 1] / 1.01;
        }

        double[] vol = RealizedVolatility.Trailing(closes, [], window: 10);

        double a = Math.Log(1.01);
        Assert.That(vol[10], Is.EqualTo(a * Math.Sqrt(10.0 / 9.0 * 252)).Within(1e-12));
        Assert.That(double.IsNaN(vol[9]), Is.True, "9 returns are fewer than the 10 an estimate needs");
    }

    [Test]
    public void Trailing_Window_UsesOnlyTheLastReturns()
    {
        // 20 quiet days then 10 days alternating 5%: a 10-day window sees only the 5% days.
        var closes = new List<double> { 100 };
        for (int k = 0; k < 20; k++)
        {
            closes.Add(100);
        }

        for (int k = 0; k < 10; k++)
        {
            closes.Add(k % 2 == 0 ? 105 : 100);
        }

        double[] vol = RealizedVolatility.Trailing(closes.ToArray(), [], window: 10);

        double a = Math.Log(1.05);
        Assert.That(vol[^1], Is.EqualTo(a * Math.Sqrt(10.0 / 9.0 * 252)).Within(1e-12));
    }

    [Test]
    public void Trailing_RawPricesWithASplit_DoNotCountTheSplitAsAReturn()
    {
        // A 10-for-1 split on day 6 with flat prices otherwise: no volatility at all.
        double[] closes = [.. Enumerable.Repeat(100.0, 6), .. Enumerable.Repeat(10.0, 10)];
        double[] splits = new double[closes.Length];
        splits[6] = 10;

        double[] vol = RealizedVolatility.Trailing(closes, splits, window: 12);

        Assert.That(vol[^1], Is.Zero);
    }
}
