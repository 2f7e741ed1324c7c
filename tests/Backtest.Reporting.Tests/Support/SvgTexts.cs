using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Backtest.Reporting.Tests.Support;

/// <summary>
/// The text Skia wrote into an SVG, each piece with the box it is drawn in (from its translate and per-glyph x), so a test
/// can say a label lies inside the image, not only that its characters are in the file.
/// </summary>
internal static partial class SvgTexts
{
    /// <summary>One drawn text: its content and its box in the SVG's own units (y grows down).</summary>
    public sealed record Drawn(string Text, double Left, double Right, double Top, double Bottom);

    /// <summary>The SVG's drawing size (its viewBox).</summary>
    public static (double Width, double Height) Size(string svg)
    {
        Match box = ViewBox().Match(svg);
        return (Number(box.Groups["w"].Value), Number(box.Groups["h"].Value));
    }

    /// <summary>Every text element of <paramref name="svg"/>.</summary>
    public static IReadOnlyList<Drawn> Of(string svg) =>
        [.. TextElement().Matches(svg).Select(m =>
        {
            double x = Number(m.Groups["tx"].Value), y = Number(m.Groups["ty"].Value), size = Number(m.Groups["size"].Value);
            double[] glyphs = [.. m.Groups["xs"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Number)];

            // The last glyph's advance is not written: allow a full em for it, so the box is never too small.
            return new Drawn(WebUtility.HtmlDecode(m.Groups["text"].Value.Trim()), x + glyphs[0], x + glyphs[^1] + size, y - size, y + (size * 0.3));
        })];

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"viewBox=""0 0 (?<w>[0-9.]+) (?<h>[0-9.]+)""")]
    private static partial Regex ViewBox();

    [GeneratedRegex("""<text (?:fill="[^"]*" )?transform="translate\((?<tx>[-0-9.e]+) (?<ty>[-0-9.e]+)\)" font-size="(?<size>[0-9.]+)"[^>]*? x="(?<xs>[^"]*)"[^>]*>(?<text>[^<]*)</text>""")]
    private static partial Regex TextElement();
}
