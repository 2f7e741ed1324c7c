using ScottPlot;
using SkiaSharp;

namespace Backtest.Reporting.Style;

/// <summary>One look for every figure and page: a sans-serif font, the Okabe-Ito colour-blind-safe palette, thin grids.</summary>
public static class ReportStyle
{
    /// <summary>Logical units per inch: figures are laid out at 96 units an inch and scaled for each format.</summary>
    public const double UnitsPerInch = 96;

    /// <summary>Body text size in logical units (9 pt).</summary>
    public const float TextSize = 12;

    /// <summary>Title size in logical units (11 pt).</summary>
    public const float TitleSize = 14.5f;

    /// <summary>Subtitle size in logical units (8 pt).</summary>
    public const float SubtitleSize = 10.5f;

    /// <summary>The strategy's colour (Okabe-Ito blue).</summary>
    public static readonly Color Strategy = Color.FromHex("#0072B2");

    /// <summary>The benchmark's colour (neutral grey, so the strategy stands out).</summary>
    public static readonly Color Benchmark = Color.FromHex("#7F7F7F");

    /// <summary>Longs (Okabe-Ito bluish green).</summary>
    public static readonly Color Long = Color.FromHex("#009E73");

    /// <summary>Shorts and losses (Okabe-Ito vermilion).</summary>
    public static readonly Color Short = Color.FromHex("#D55E00");

    /// <summary>Gains (Okabe-Ito blue).</summary>
    public static readonly Color Gain = Color.FromHex("#0072B2");

    /// <summary>Secondary series (Okabe-Ito orange).</summary>
    public static readonly Color Accent = Color.FromHex("#E69F00");

    /// <summary>Margin calls and ruin (Okabe-Ito reddish purple).</summary>
    public static readonly Color Alarm = Color.FromHex("#CC79A7");

    /// <summary>Text and axes.</summary>
    public static readonly Color Ink = Color.FromHex("#222222");

    /// <summary>Grid lines.</summary>
    public static readonly Color GridLine = Color.FromHex("#E6E6E6");

    /// <summary>The Okabe-Ito palette in order, for several runs or tickers.</summary>
    public static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#56B4E9"), Color.FromHex("#D55E00"), Color.FromHex("#F0E442"), Color.FromHex("#000000"),
    ];

    /// <summary>The sans-serif family used everywhere: the first of a few common ones this machine has.</summary>
    public static string FontFamily { get; } = FindFont("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica");

    private static readonly SKTypeface Regular = SKTypeface.FromFamilyName(FontFamily, SKFontStyle.Normal) ?? SKTypeface.Default;
    private static readonly SKTypeface BoldFace = SKTypeface.FromFamilyName(FontFamily, SKFontStyle.Bold) ?? Regular;

    /// <summary>A new plot for a figure, in the house font, that renders the same whatever was drawn before it.</summary>
    /// <remarks>
    /// ScottPlot keeps a process-wide default font that every text object captures when it is created. Set only in
    /// <see cref="Apply"/>, after a figure's markers and labels exist, it left the first figures of a process (or of a
    /// parallel batch) different from the rest: bold marker labels, so a report drawn again did not reproduce the run's.
    /// Setting it first, before the plot and its text exist, gives every text object the same start. Only the family
    /// is set, never a typeface: <c>Plot.Font.Set</c> would pin every label to the regular weight, bold titles too.
    /// </remarks>
    public static Plot NewPlot()
    {
        Fonts.Default = FontFamily;
        var plot = new Plot();
        UseFamily(plot);
        return plot;
    }

    /// <summary>The typeface for text drawn directly on PDF pages.</summary>
    public static SKTypeface Typeface(bool bold = false) => bold ? BoldFace : Regular;

    /// <summary>Applies the house look to <paramref name="plot"/>, with a title and a smaller subtitle beneath it.</summary>
    public static void Apply(Plot plot, string title, string subtitle)
    {
        UseFamily(plot);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Axes.Color(Ink);
        plot.Axes.FrameWidth(0.8f);
        plot.Grid.MajorLineColor = GridLine;
        plot.Grid.MajorLineWidth = 0.6f;
        plot.Grid.MinorLineWidth = 0;
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            StyleAxis(axis);
        }

        plot.Legend.FontSize = TextSize - 1;
        plot.Legend.FontName = FontFamily;
        plot.Legend.OutlineColor = GridLine;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.BackgroundColor = Colors.White.WithAlpha(0.85);
        plot.Axes.Title.Label.Text = title;
        plot.Axes.Title.Label.FontSize = TitleSize;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = Ink;
        plot.Axes.Title.IsVisible = true;
        plot.Axes.Title.VerticalPadding = 4;
        plot.Axes.Title.FullFigureCenter = true;
        if (subtitle.Length == 0)
        {
            return;
        }

        var sub = new ScottPlot.Panels.TitlePanel { VerticalPadding = 4, FullFigureCenter = true };
        sub.Label.Text = subtitle;
        sub.Label.FontSize = SubtitleSize;
        sub.Label.Bold = false;
        sub.Label.ForeColor = Color.FromHex("#555555");
        sub.Label.FontName = FontFamily;
        plot.Axes.AddPanel(sub);
    }

    /// <summary>The house look of one axis (also for axes added after <see cref="Apply"/>, such as a date axis).</summary>
    public static void StyleAxis(IAxis axis)
    {
        axis.TickLabelStyle.FontSize = TextSize;
        axis.TickLabelStyle.ForeColor = Ink;
        axis.Label.FontSize = TextSize;
        axis.Label.Bold = false;
        axis.MajorTickStyle.Length = 3;
        axis.MajorTickStyle.Color = Ink;
        axis.MinorTickStyle.Length = 0;
        axis.FrameLineStyle.Color = Ink;
    }

    /// <summary>The house family for the title and every axis label and tick; each label keeps its own weight.</summary>
    private static void UseFamily(Plot plot)
    {
        plot.Axes.Title.Label.FontName = FontFamily;
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = FontFamily;
            axis.TickLabelStyle.FontName = FontFamily;
        }
    }

    private static string FindFont(params string[] families)
    {
        foreach (string family in families)
        {
            using SKTypeface? face = SKFontManager.Default.MatchFamily(family);
            if (face is not null && face.FamilyName.Equals(family, StringComparison.OrdinalIgnoreCase))
            {
                return family;
            }
        }

        return SKTypeface.Default.FamilyName;
    }
}
