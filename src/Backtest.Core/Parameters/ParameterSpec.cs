using System.Reflection;

namespace Backtest.Core.Parameters;

/// <summary>A declared parameter: its name, type, default, description and valid range.</summary>
/// <param name="Name">The name users type.</param>
/// <param name="Kind">The type of its value.</param>
/// <param name="DefaultText">The default as users would write it.</param>
/// <param name="Description">One line on what it does.</param>
/// <param name="Min">Least valid number (inclusive), or -infinity.</param>
/// <param name="Max">Greatest valid number (inclusive), or +infinity.</param>
/// <param name="Choices">The valid words of a <see cref="ParameterKind.Choice"/>, else empty.</param>
public sealed record ParameterSpec(
    string Name,
    ParameterKind Kind,
    string DefaultText,
    string Description,
    double Min,
    double Max,
    IReadOnlyList<string> Choices)
{
    /// <summary>The property the value is written to.</summary>
    internal PropertyInfo Property { get; init; } = null!;

    /// <summary>Whether a per-ticker number also takes dated overrides, <c>name.TICKER@yyyy-MM-dd=value</c>.</summary>
    public bool Dated { get; init; }

    /// <summary>Whether a <see cref="ParameterKind.Ticker"/> also takes the word <c>none</c>.</summary>
    public bool NoneAllowed { get; init; }

    /// <summary>How users write the name, with its ticker and date suffixes: <c>borrowFee, borrowFee.TICKER, borrowFee.TICKER@yyyy-MM-dd</c>.</summary>
    public string NameForms => Kind switch
    {
        ParameterKind.PerTickerNumber when Dated => $"{Name}, {Name}.TICKER, {Name}.TICKER@yyyy-MM-dd",
        ParameterKind.PerTickerNumber => $"{Name}, {Name}.TICKER",
        ParameterKind.PerTickerDate => $"{Name}.TICKER",
        ParameterKind.DatedText => $"{Name}.yyyy-MM-dd",
        _ => Name,
    };

    /// <summary>What valid values look like, for help and messages.</summary>
    public string ValidText => Kind switch
    {
        ParameterKind.Number or ParameterKind.PerTickerNumber => RangeText("a number"),
        ParameterKind.Integer => RangeText("a whole number"),
        ParameterKind.Boolean => "true or false",
        ParameterKind.Date => "a date yyyy-MM-dd",
        ParameterKind.Choice => "one of " + string.Join(", ", Choices),
        ParameterKind.TickerList => "tickers separated by commas",
        ParameterKind.Ticker => NoneAllowed ? "a ticker, or none" : "a ticker",
        ParameterKind.DatedText => $"{Name}.yyyy-MM-dd=text",
        ParameterKind.PerTickerDate => $"{Name}.TICKER=yyyy-MM-dd",
        _ => "text",
    };

    private string RangeText(string what) => (double.IsFinite(Min), double.IsFinite(Max)) switch
    {
        (true, true) => $"{what} from {ParameterText.Format(Min)} to {ParameterText.Format(Max)}",
        (true, false) => $"{what} of at least {ParameterText.Format(Min)}",
        (false, true) => $"{what} of at most {ParameterText.Format(Max)}",
        _ => what,
    };
}
