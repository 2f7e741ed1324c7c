namespace Backtest.Core.Parameters;

/// <summary>The type of a parameter's value, as users write it.</summary>
public enum ParameterKind
{
    /// <summary>A decimal number such as 0.8.</summary>
    Number,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>An ISO date, yyyy-MM-dd (empty for none where allowed).</summary>
    Date,

    /// <summary>Free text, such as a ticker.</summary>
    Text,

    /// <summary>One of a fixed list of words.</summary>
    Choice,

    /// <summary>One ticker (<c>none</c> too where the parameter allows it), upper-cased.</summary>
    Ticker,

    /// <summary>A comma-separated list of tickers.</summary>
    TickerList,

    /// <summary>A number with per-ticker overrides: <c>name=0.01</c> and <c>name.PLTR=0.03</c>.</summary>
    PerTickerNumber,

    /// <summary>Texts keyed by date: <c>name.2025-11-03=13F filed</c>.</summary>
    DatedText,

    /// <summary>A date per ticker: <c>name.PLTR=2026-03-02</c>.</summary>
    PerTickerDate,
}
