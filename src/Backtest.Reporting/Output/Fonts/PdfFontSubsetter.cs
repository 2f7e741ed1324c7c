using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Backtest.Reporting.Output.Fonts;

/// <summary>
/// Cuts every TrueType font program a PDF embeds down to the glyphs the document uses. Skia's PDF backend has no font
/// subsetter here and embeds each font whole (DejaVu Sans: 760 KB, some 380 KB compressed, in every figure).
/// </summary>
/// <remarks>
/// Glyph IDs are kept (<see cref="TrueTypeSubset"/>), so only the font program objects change; page content, widths and
/// text mappings stay byte for byte. Whatever is not as Skia writes it (another PDF shape, a CFF or collection font, a
/// font program that does not parse) is left as it was: the worst outcome is a larger file, never a damaged one.
/// </remarks>
internal static partial class PdfFontSubsetter
{
    /// <summary><paramref name="pdf"/> with its embedded TrueType fonts subset; the same array if there was nothing to do.</summary>
    public static byte[] Subset(byte[] pdf)
    {
        try
        {
            return SubsetFonts(pdf);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return pdf; // a structure that does not parse as expected: the document as Skia wrote it
        }
    }

    private static byte[] SubsetFonts(byte[] pdf)
    {
        PdfObjectTable? table = PdfObjectTable.Read(pdf);
        if (table is null)
        {
            return pdf;
        }

        var glyphsByProgram = new SortedDictionary<int, SortedSet<int>>();
        var notUnderstood = new HashSet<int>();
        foreach (int number in table.Numbers)
        {
            string font = Dictionary(table, number);
            if (!Type0Font().IsMatch(font))
            {
                continue;
            }

            (int? program, SortedSet<int>? glyphs) = UsedBy(table, font);
            if (program is int p)
            {
                if (glyphs is null)
                {
                    notUnderstood.Add(p);
                }
                else
                {
                    glyphsByProgram.TryAdd(p, []);
                    glyphsByProgram[p].UnionWith(glyphs);
                }
            }
        }

        var replacements = new Dictionary<int, byte[]>();
        foreach ((int program, SortedSet<int> glyphs) in glyphsByProgram.Where(g => !notUnderstood.Contains(g.Key)))
        {
            if (SubsetProgram(table, program, glyphs) is byte[] replacement)
            {
                replacements[program] = replacement;
            }
        }

        return table.With(replacements);
    }

    /// <summary>
    /// The font program object of the Type0 font <paramref name="font"/> and the glyphs it uses; the glyphs are null if
    /// they cannot be told (the program is then left whole), the program null if the font has no TrueType program.
    /// </summary>
    private static (int? Program, SortedSet<int>? Glyphs) UsedBy(PdfObjectTable table, string font)
    {
        int? descendant = Reference(font, DescendantFont());
        string cidFont = descendant is int d ? Dictionary(table, d) : string.Empty;
        int? descriptor = Reference(cidFont, FontDescriptor());
        int? program = descriptor is int f ? Reference(Dictionary(table, f), FontFile2()) : null;
        if (program is null)
        {
            return (null, null);
        }

        if (!CidFontType2().IsMatch(cidFont) || !IdentityGlyphMap().IsMatch(cidFont))
        {
            return (program, null);
        }

        SortedSet<int>? glyphs = [0];
        string? widths = WidthsArray(cidFont);
        if (widths is null && WidthsKey().IsMatch(cidFont))
        {
            return (program, null); // widths in another object: not the shape Skia writes
        }

        if (widths is not null)
        {
            glyphs = UsedGlyphs.FromWidths(widths) is { } w ? [.. glyphs, .. w] : null;
        }

        if (glyphs is not null && Reference(font, ToUnicode()) is int cmapNumber)
        {
            string? cmap = DecodedText(table, cmapNumber);
            glyphs = cmap is not null && UsedGlyphs.FromToUnicode(cmap) is { } u ? [.. glyphs, .. u] : null;
        }

        // A font with neither widths nor a text mapping says nothing about its glyphs: keep it whole.
        return (program, widths is null && Reference(font, ToUnicode()) is null ? null : glyphs);
    }

    /// <summary>The font program object <paramref name="number"/> rewritten with only <paramref name="glyphs"/>, or null to keep it.</summary>
    private static byte[]? SubsetProgram(PdfObjectTable table, int number, SortedSet<int> glyphs)
    {
        try
        {
            PdfStreamObject? stream = PdfStreamObject.Read(number, table.Object(number));
            byte[]? program = stream?.Decoded();
            Match length1 = stream is null ? Match.Empty : Length1().Match(stream.Dictionary);
            if (stream is null || program is null || !length1.Success
                || int.Parse(length1.Groups[1].Value, CultureInfo.InvariantCulture) != program.Length)
            {
                return null;
            }

            byte[]? subset = TrueTypeSubset.Subset(program, glyphs);
            return subset is not null && subset.Length < program.Length ? stream.WithContent(subset, subset.Length) : null;
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            // A program this cannot read (corrupt compression, tables that point outside the font) stays as Skia wrote it.
            return null;
        }
    }

    /// <summary>Whether <paramref name="e"/> is what reading bytes of an unexpected shape throws (not a bug elsewhere).</summary>
    private static bool IsUnreadable(Exception e) =>
        e is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException or FormatException;

    private static string? DecodedText(PdfObjectTable table, int number)
    {
        try
        {
            byte[]? content = PdfStreamObject.Read(number, table.Object(number))?.Decoded();
            return content is null ? null : Encoding.Latin1.GetString(content);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The dictionary text of object <paramref name="number"/>: its start, or empty if the table has no such object.</summary>
    private static string Dictionary(PdfObjectTable table, int number)
    {
        if (!table.Numbers.Contains(number))
        {
            return string.Empty;
        }

        ReadOnlySpan<byte> obj = table.Object(number);
        int stream = obj.IndexOf("stream"u8);
        return Encoding.Latin1.GetString(stream < 0 ? obj : obj[..stream]);
    }

    private static int? Reference(string dictionary, Regex key)
    {
        Match match = key.Match(dictionary);
        return match.Success && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out int number) ? number : null;
    }

    /// <summary>The <c>/W</c> array with its brackets, or null if the font has none written inline.</summary>
    private static string? WidthsArray(string cidFont)
    {
        Match start = WidthsStart().Match(cidFont);
        if (!start.Success)
        {
            return null;
        }

        int depth = 0;
        for (int i = start.Index + start.Length - 1; i < cidFont.Length; i++)
        {
            depth += cidFont[i] == '[' ? 1 : cidFont[i] == ']' ? -1 : 0;
            if (depth == 0)
            {
                return cidFont[(start.Index + start.Length - 1)..(i + 1)];
            }
        }

        return null;
    }

    [GeneratedRegex(@"/Type\s*/Font\b[\s\S]*?/Subtype\s*/Type0\b|/Subtype\s*/Type0\b[\s\S]*?/Type\s*/Font\b")]
    private static partial Regex Type0Font();

    [GeneratedRegex(@"/CIDFontType2\b")]
    private static partial Regex CidFontType2();

    [GeneratedRegex(@"/CIDToGIDMap\s*/Identity\b")]
    private static partial Regex IdentityGlyphMap();

    [GeneratedRegex(@"/DescendantFonts\s*\[\s*(\d+)\s+0\s+R\s*\]")]
    private static partial Regex DescendantFont();

    [GeneratedRegex(@"/FontDescriptor\s+(\d+)\s+0\s+R")]
    private static partial Regex FontDescriptor();

    [GeneratedRegex(@"/FontFile2\s+(\d+)\s+0\s+R")]
    private static partial Regex FontFile2();

    [GeneratedRegex(@"/ToUnicode\s+(\d+)\s+0\s+R")]
    private static partial Regex ToUnicode();

    [GeneratedRegex(@"/W\s*\[")]
    private static partial Regex WidthsStart();

    [GeneratedRegex(@"/W(?=[\s\[])")]
    private static partial Regex WidthsKey();

    [GeneratedRegex(@"/Length1\s+(\d+)(?=[\s/>])")]
    private static partial Regex Length1();
}
