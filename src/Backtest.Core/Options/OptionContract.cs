using System.Globalization;
using Backtest.Core.Options.Pricing;

namespace Backtest.Core.Options;

/// <summary>A listed option contract: the underlying, put or call, strike, expiry and exercise style; 100 shares a contract.</summary>
/// <param name="Underlying">The underlying ticker.</param>
/// <param name="Right">Put or call.</param>
/// <param name="Strike">The strike, in the price units of the underlying's data.</param>
/// <param name="Expiry">The expiry date: the contract settles at the close of the last trading day on or before it.</param>
/// <param name="Style">American (US single-stock options, the default) or European.</param>
public readonly record struct OptionContract(string Underlying, OptionRight Right, double Strike, DateOnly Expiry, OptionStyle Style = OptionStyle.American)
{
    /// <summary>Shares of underlying per contract (the US standard).</summary>
    public const double Multiplier = 100;

    /// <summary>The name traders and <c>trades.csv</c> use: <c>PLTR 2027-01-15 P 50</c>.</summary>
    public string Name =>
        string.Create(CultureInfo.InvariantCulture, $"{Underlying} {Expiry:yyyy-MM-dd} {(Right == OptionRight.Put ? 'P' : 'C')} {Strike:0.####}");

    /// <summary>An American put.</summary>
    public static OptionContract Put(string underlying, double strike, DateOnly expiry) => new(underlying, OptionRight.Put, strike, expiry);

    /// <summary>An American call.</summary>
    public static OptionContract Call(string underlying, double strike, DateOnly expiry) => new(underlying, OptionRight.Call, strike, expiry);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
