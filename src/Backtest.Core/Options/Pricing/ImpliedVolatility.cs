using System.Globalization;
using MathNet.Numerics.RootFinding;

namespace Backtest.Core.Options.Pricing;

/// <summary>The volatility at which the model price equals a premium.</summary>
/// <remarks>
/// <para>First the no-arbitrage bounds, which no volatility can cross, each reported with its numbers: below the lower bound
/// is <see cref="ImpliedVolatilityProblem.BelowIntrinsic"/> (the value at zero volatility, max(S e^(-qT) - K e^(-rT), 0) for a
/// call; for an American option also the intrinsic value, whichever is larger); at or above the upper bound (the spot for
/// an American call, the spot net of dividends, S e^(-qT), for a European call; the strike for an American put, the discounted
/// strike K e^(-rT) for a European put) is <see cref="ImpliedVolatilityProblem.AboveUpperBound"/>. Between the bounds but
/// outside the prices at <see cref="MinVolatility"/> and <see cref="MaxVolatility"/> is
/// <see cref="ImpliedVolatilityProblem.OutOfRange"/>.</para>
/// <para>Then Brent's method (MathNet) on price(sigma) - premium over [<see cref="MinVolatility"/>, <see cref="MaxVolatility"/>],
/// which brackets the root since the price rises with volatility; bisection if Brent gives up. The tolerance is 1e-13 in
/// volatility or in price, so a premium priced at sigma gives sigma back to better than 1e-8 wherever vega is above
/// 1e-4 (currency per unit of volatility; tested), a day from expiry and far out of the money too. Vega below that means the
/// premium barely depends on volatility: any answer is as good as another, and the result says which one was found.</para>
/// </remarks>
public static class ImpliedVolatility
{
    /// <summary>Least volatility searched.</summary>
    public const double MinVolatility = 1e-4;

    /// <summary>Greatest volatility searched.</summary>
    public const double MaxVolatility = 5;

    private const double Accuracy = 1e-13;

    /// <summary>
    /// Solves for the volatility that prices the option at <paramref name="premium"/>; the volatility in <paramref name="x"/> is ignored.
    /// </summary>
    public static ImpliedVolatilityResult Solve(OptionRight right, OptionStyle style, in OptionInputs x, double premium)
    {
        string name = right == OptionRight.Call ? "call" : "put";
        if (!double.IsFinite(premium))
        {
            return Problem(ImpliedVolatilityProblem.OutOfRange, $"premium {Number(premium)} is not a finite number");
        }

        double intrinsic = Math.Max(right == OptionRight.Call ? x.Spot - x.Strike : x.Strike - x.Spot, 0);
        string intrinsicSum = right == OptionRight.Call ? $"spot {Number(x.Spot)} - strike {Number(x.Strike)}" : $"strike {Number(x.Strike)} - spot {Number(x.Spot)}";
        if (x.Years <= 0)
        {
            return premium < intrinsic
                ? Problem(ImpliedVolatilityProblem.BelowIntrinsic, $"premium {Money(premium)} is below the {name}'s intrinsic value {Money(intrinsic)} ({intrinsicSum})")
                : Problem(ImpliedVolatilityProblem.OutOfRange, $"at expiry the {name} is worth its intrinsic value {Money(intrinsic)} ({intrinsicSum}) whatever the volatility");
        }

        double forwardSpot = x.Spot * Math.Exp(-x.DividendYield * x.Years);
        double forwardStrike = x.Strike * Math.Exp(-x.Rate * x.Years);
        double zeroVolatility = Math.Max(right == OptionRight.Call ? forwardSpot - forwardStrike : forwardStrike - forwardSpot, 0);
        bool american = style == OptionStyle.American;
        if (american && premium < intrinsic && intrinsic >= zeroVolatility)
        {
            return Problem(ImpliedVolatilityProblem.BelowIntrinsic, $"premium {Money(premium)} is below the {name}'s intrinsic value {Money(intrinsic)} ({intrinsicSum})");
        }

        if (premium < zeroVolatility)
        {
            string sum = right == OptionRight.Call
                ? $"spot net of dividends {Money(forwardSpot)} - discounted strike {Money(forwardStrike)}"
                : $"discounted strike {Money(forwardStrike)} - spot net of dividends {Money(forwardSpot)}";
            return Problem(ImpliedVolatilityProblem.BelowIntrinsic, $"premium {Money(premium)} is below the {name}'s value at zero volatility {Money(zeroVolatility)} ({sum})");
        }

        (double upper, string what) = (right, american) switch
        {
            (OptionRight.Call, true) => (x.Spot, "the spot"),
            (OptionRight.Call, false) => (forwardSpot, $"the spot {Number(x.Spot)} net of dividends"),
            (_, true) => (x.Strike, "the strike"),
            _ => (forwardStrike, $"the strike {Number(x.Strike)} discounted"),
        };
        if (premium >= upper)
        {
            return Problem(ImpliedVolatilityProblem.AboveUpperBound, $"premium {Money(premium)} is at or above the {name}'s upper bound {Money(upper)} ({what}): no volatility gives it");
        }

        OptionInputs inputs = x;
        double Error(double volatility) => OptionPricer.Price(right, style, inputs.WithVolatility(volatility)) - premium;
        double low = Error(MinVolatility), high = Error(MaxVolatility);
        if (low > 0)
        {
            return Problem(ImpliedVolatilityProblem.OutOfRange, $"premium {Money(premium)} needs a volatility below {Number(MinVolatility)} (the {name} is worth {Money(low + premium)} there)");
        }

        if (high < 0)
        {
            return Problem(ImpliedVolatilityProblem.OutOfRange, $"premium {Money(premium)} needs a volatility above {Number(MaxVolatility)} (the {name} is worth {Money(high + premium)} there)");
        }

        if (!Brent.TryFindRoot(Error, MinVolatility, MaxVolatility, Accuracy, 100, out double root))
        {
            root = Bisect(Error, MinVolatility, MaxVolatility);
        }

        return new ImpliedVolatilityResult(root, ImpliedVolatilityProblem.None, string.Empty);
    }

    /// <summary>Plain bisection, for when Brent stops early: slow, but it always closes the bracket.</summary>
    private static double Bisect(Func<double, double> error, double low, double high)
    {
        for (int k = 0; k < 200 && high - low > Accuracy; k++)
        {
            double middle = 0.5 * (low + high);
            if (error(middle) < 0)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return 0.5 * (low + high);
    }

    private static ImpliedVolatilityResult Problem(ImpliedVolatilityProblem problem, string message) => new(double.NaN, problem, message);

    /// <summary>An amount with two decimals at least, four if it needs them (0.50, 4.00, 0.0012).</summary>
    private static string Money(double value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    /// <summary>A plain number (40, 36.5, 0.0001).</summary>
    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
