using BenchmarkDotNet.Attributes;
using Backtest.Core.Options.Pricing;

namespace Backtest.Benchmarks;

/// <summary>
/// One option price with its delta, as the engine needs it every day for every contract held, and one implied volatility.
/// No data needed. Run with: dotnet run -c Release --project tests/Backtest.Benchmarks -- --filter '*Option*'.
/// </summary>
[MemoryDiagnoser]
public class OptionPricingBenchmarks
{
    /// <summary>Burry's PLTR put: far out of the money and long-dated (S=180, K=50, 1.3 years, 60% vol).</summary>
    private static readonly OptionInputs PltrPut = new(180, 50, 1.3, 0.04, 0, 0.6);

    /// <summary>An at-the-money half-year put on NVDA-like inputs.</summary>
    private static readonly OptionInputs AtTheMoney = new(100, 100, 0.5, 0.04, 0.0002, 0.5);

    /// <summary>Hull's long-dated in-the-money put (S=36, K=40, r=6%, 20% vol, a year): where quadratic approximations miss.</summary>
    private static readonly OptionInputs HullPut = new(36, 40, 1, 0.06, 0, 0.2);

    /// <summary>A week to expiry, out of the money.</summary>
    private static readonly OptionInputs ShortDated = new(100, 95, 7.0 / 365, 0.04, 0, 0.4);

    /// <summary>A call with a dividend yield above the rate: early exercise matters, priced through put-call symmetry.</summary>
    private static readonly OptionInputs DividendCall = new(100, 90, 1, 0.01, 0.05, 0.3);

    /// <summary>The PLTR put's boundary, solved once for its whole life.</summary>
    private static readonly AmericanBoundary PltrBoundary = new(OptionRight.Put, 50, 0.04, 0, 0.6, 1.3);

    private static readonly double AtTheMoneyPremium = AmericanOption.Price(OptionRight.Put, AtTheMoney);
    private static readonly double AtTheMoneyEuropeanPremium = BlackScholes.Price(OptionRight.Put, AtTheMoney);

    [Benchmark]
    public OptionValue EuropeanPutValue() => BlackScholes.Value(OptionRight.Put, AtTheMoney);

    [Benchmark]
    public OptionValue AmericanPltrPutValue() => AmericanOption.Value(OptionRight.Put, PltrPut);

    [Benchmark]
    public OptionValue AmericanAtTheMoneyPutValue() => AmericanOption.Value(OptionRight.Put, AtTheMoney);

    [Benchmark]
    public OptionValue AmericanHullPutValue() => AmericanOption.Value(OptionRight.Put, HullPut);

    [Benchmark]
    public OptionValue AmericanShortDatedPutValue() => AmericanOption.Value(OptionRight.Put, ShortDated);

    [Benchmark]
    public OptionValue AmericanDividendCallValue() => AmericanOption.Value(OptionRight.Call, DividendCall);

    /// <summary>A day of the PLTR put's life priced from its reused boundary (spot 180, 300 days left).</summary>
    [Benchmark]
    public OptionValue AmericanPltrPutFromBoundary() => PltrBoundary.Value(180, 300 / 365.0);

    /// <summary>Solving the PLTR put's boundary for its whole life, once per contract.</summary>
    [Benchmark]
    public AmericanBoundary AmericanPltrBoundaryBuild() => new(OptionRight.Put, 50, 0.04, 0, 0.6, 1.3);

    [Benchmark]
    public ImpliedVolatilityResult EuropeanImpliedVolatility() =>
        ImpliedVolatility.Solve(OptionRight.Put, OptionStyle.European, AtTheMoney, AtTheMoneyEuropeanPremium);

    [Benchmark]
    public ImpliedVolatilityResult AmericanImpliedVolatility() =>
        ImpliedVolatility.Solve(OptionRight.Put, OptionStyle.American, AtTheMoney, AtTheMoneyPremium);
}
