namespace Backtest.Reporting.Output;

/// <summary>The files each figure is written as.</summary>
[Flags]
public enum FigureFormats
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Vector PDF, text kept as text.</summary>
    Pdf = 1,

    /// <summary>SVG.</summary>
    Svg = 2,

    /// <summary>PNG at 300 dpi.</summary>
    Png = 4,

    /// <summary>All three.</summary>
    All = Pdf | Svg | Png,
}
