using System.Globalization;

namespace Backtest.Core.Options;

/// <summary>The messages for option contracts and premiums a run cannot use, in one place.</summary>
public static class OptionErrors
{
    /// <summary>A strategy asked for a contract on a ticker it does not trade.</summary>
    public static InputException UnknownUnderlying(OptionContract contract, IReadOnlyList<string> tickers) =>
        new($"option {contract.Name}: its underlying {contract.Underlying} is not among the strategy's tickers ({string.Join(", ", tickers)}).");

    /// <summary>A contract with a strike that is not a positive number.</summary>
    public static InputException BadStrike(OptionContract contract) =>
        new(string.Create(CultureInfo.InvariantCulture, $"option {contract.Name}: the strike {contract.Strike} must be a positive number."));

    /// <summary>A contract that had expired before the day it was asked for.</summary>
    public static InputException Expired(OptionContract contract, DateOnly day) =>
        new($"option {contract.Name} expired on {contract.Expiry:yyyy-MM-dd}, before {day:yyyy-MM-dd} when it was asked for; choose a later expiry.");

    /// <summary>A contract asked for before its underlying has a price.</summary>
    public static InputException UnderlyingNotTrading(OptionContract contract, DateOnly day) =>
        new($"option {contract.Name}: {contract.Underlying} has no price on {day:yyyy-MM-dd}, so the contract cannot be priced or traded that day.");

    /// <summary>A contract whose life spans a split of its underlying on raw prices.</summary>
    public static InputException SpansSplit(OptionContract contract, DateOnly split) =>
        new($"option {contract.Name} lives across {contract.Underlying}'s split of {split:yyyy-MM-dd}; on raw prices its strike would need the " +
            "exchange's adjustment, which is not modelled. Run with prices=adjusted (split-adjusted data, the default).");

    /// <summary>A strategy that asked to write (sell short) an option.</summary>
    public static InputException Writing(OptionContract contract, double contracts) =>
        new($"option {contract.Name}: a target of {contracts.ToString(CultureInfo.InvariantCulture)} contracts would write (sell short) the option; " +
            "writing calls or puts is not supported yet: hold zero or more contracts.");

    /// <summary>A volatility a strategy fixed for a contract outside what the pricer takes.</summary>
    public static InputException BadVolatility(OptionContract contract, double volatility) =>
        new(string.Create(CultureInfo.InvariantCulture, $"option {contract.Name}: volatility {volatility} is outside {Pricing.ImpliedVolatility.MinVolatility}..{Pricing.ImpliedVolatility.MaxVolatility} (0.5 = 50% a year)."));

    /// <summary>A premium that no volatility gives, so the contract cannot be anchored to it.</summary>
    public static InputException CannotAnchor(OptionContract contract, DateOnly day, double premium, string why) =>
        new(string.Create(CultureInfo.InvariantCulture, $"option {contract.Name}: cannot anchor its volatility to the premium {premium} on {day:yyyy-MM-dd}: {why}"));
}
