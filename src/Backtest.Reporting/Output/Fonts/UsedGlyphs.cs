using System.Globalization;
using System.Text.RegularExpressions;

namespace Backtest.Reporting.Output.Fonts;

/// <summary>
/// The glyph IDs a PDF font says it uses: those its <c>/W</c> array gives widths for and those its <c>/ToUnicode</c>
/// CMap maps to text. Skia writes both for exactly the glyphs drawn (the widths array also for a few in its gaps).
/// </summary>
/// <remarks>Both name glyphs by CID, which is the glyph ID under <c>/CIDToGIDMap /Identity</c>.</remarks>
internal static partial class UsedGlyphs
{
    private const int MaxGlyph = 0xFFFF;

    /// <summary>The CIDs in a <c>/W</c> array (<c>[c [w1 w2 ...] cFirst cLast w ...]</c>, given with its brackets), or null if it is not one.</summary>
    public static SortedSet<int>? FromWidths(string widths)
    {
        string[] tokens = [.. WidthToken().Matches(widths).Select(m => m.Value)];
        if (tokens.Length < 2 || tokens[0] != "[" || tokens[^1] != "]")
        {
            return null;
        }

        var glyphs = new SortedSet<int>();
        int at = 1;
        while (at < tokens.Length - 1)
        {
            if (!TryGlyph(tokens[at], out int first) || at + 1 >= tokens.Length - 1)
            {
                return null;
            }

            if (tokens[at + 1] == "[")
            {
                int end = Array.IndexOf(tokens, "]", at + 2);
                if (end < 0 || first + (end - at - 2) - 1 > MaxGlyph)
                {
                    return null;
                }

                AddRange(glyphs, first, first + (end - at - 2) - 1);
                at = end + 1;
            }
            else if (TryGlyph(tokens[at + 1], out int last) && last >= first && at + 2 < tokens.Length - 1)
            {
                AddRange(glyphs, first, last);
                at += 3;
            }
            else
            {
                return null;
            }
        }

        return glyphs;
    }

    /// <summary>The source codes of a ToUnicode CMap's <c>bfchar</c> and <c>bfrange</c> entries, or null if one is malformed.</summary>
    public static SortedSet<int>? FromToUnicode(string cmap)
    {
        var glyphs = new SortedSet<int>();
        foreach (Match section in CharSection().Matches(cmap))
        {
            string[] codes = [.. CMapToken().Matches(section.Groups[1].Value).Select(m => m.Value)];
            if (codes.Length % 2 != 0)
            {
                return null;
            }

            for (int i = 0; i < codes.Length; i += 2)
            {
                if (!TryHex(codes[i], out int glyph))
                {
                    return null;
                }

                glyphs.Add(glyph);
            }
        }

        foreach (Match section in RangeSection().Matches(cmap))
        {
            string[] tokens = [.. CMapToken().Matches(section.Groups[1].Value).Select(m => m.Value)];
            int at = 0;
            while (at < tokens.Length)
            {
                if (at + 2 >= tokens.Length || !TryHex(tokens[at], out int low) || !TryHex(tokens[at + 1], out int high) || high < low)
                {
                    return null;
                }

                AddRange(glyphs, low, high);
                int end = tokens[at + 2] == "[" ? Array.IndexOf(tokens, "]", at + 3) : at + 2;
                if (end < 0)
                {
                    return null;
                }

                at = end + 1;
            }
        }

        return glyphs;
    }

    private static void AddRange(SortedSet<int> glyphs, int first, int last)
    {
        for (int glyph = first; glyph <= last; glyph++)
        {
            glyphs.Add(glyph);
        }
    }

    private static bool TryGlyph(string token, out int glyph) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out glyph) && glyph <= MaxGlyph;

    private static bool TryHex(string token, out int glyph)
    {
        glyph = 0;
        return token.Length is > 2 and <= 6 && token[0] == '<'
            && int.TryParse(token.AsSpan(1, token.Length - 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out glyph);
    }

    [GeneratedRegex(@"\[|\]|[-+]?(?:\d+\.?\d*|\.\d+)")]
    private static partial Regex WidthToken();

    [GeneratedRegex(@"\[|\]|<[0-9A-Fa-f]*>")]
    private static partial Regex CMapToken();

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex CharSection();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex RangeSection();
}
