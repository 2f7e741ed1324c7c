namespace Backtest.Core.Data;

/// <summary>The layout of a data folder: which files hold the prices and how they are written.</summary>
public enum DataFormat
{
    /// <summary>Found from the folder: <see cref="Lean"/> for LEAN's layout or zips, <see cref="Stooq"/> for Stooq's text files, else <see cref="Csv"/>.</summary>
    Auto,

    /// <summary><c>&lt;TICKER&gt;.csv</c> with a header, optional dividends and splits files.</summary>
    Csv,

    /// <summary>QuantConnect LEAN daily equity data: <c>&lt;ticker&gt;.zip</c> with raw prices and factor files.</summary>
    Lean,

    /// <summary>Stooq's bulk download: <c>&lt;ticker&gt;.us.txt</c> with its own header.</summary>
    Stooq,
}
