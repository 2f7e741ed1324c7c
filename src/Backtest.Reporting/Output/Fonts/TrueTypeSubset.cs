using System.Buffers.Binary;

namespace Backtest.Reporting.Output.Fonts;

/// <summary>
/// A TrueType font program cut down to the glyphs a document uses, each keeping its glyph ID, so text that names
/// glyphs by ID (as a PDF's <c>/CIDToGIDMap /Identity</c> font does) draws exactly as with the whole font.
/// </summary>
/// <remarks>
/// Dropped glyphs stay in the font as empty outlines with zero metrics: the glyph count and every ID are unchanged,
/// which is what HarfBuzz calls "retain gids". Tables a PDF viewer does not read (layout, kerning, device metrics,
/// glyph names) are left out; the ones that draw the glyphs (outlines, hinting, metrics) stay, the character map
/// shrinks to the kept glyphs' characters, and <c>name</c> stays whole: it carries the font's copyright notice,
/// which its licence asks to keep.
/// </remarks>
internal static class TrueTypeSubset
{
    // Everything else (GSUB, GPOS, GDEF, kern, hdmx, VDMX, LTSH, DSIG, MATH, FFTM, vendor tables) is left out.
    private static readonly HashSet<string> Kept =
        ["head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "cvt ", "fpgm", "prep", "gasp", "glyf", "loca", "name", "post"];

    private const int PostHeaderLength = 32;

    /// <summary>
    /// <paramref name="font"/> with outlines and metrics only for <paramref name="glyphs"/>, glyph 0 and the parts of
    /// composite glyphs among them; null if it is not a TrueType-outline font this can read.
    /// </summary>
    /// <exception cref="InvalidDataException">A composite glyph names a glyph the font does not have.</exception>
    public static byte[]? Subset(ReadOnlySpan<byte> font, IEnumerable<int> glyphs)
    {
        SortedDictionary<string, byte[]>? tables = SfntFile.Read(font);
        if (tables is null || !HasTables(tables, "head", "hhea", "maxp", "hmtx", "loca", "glyf")
            || tables["head"].Length < 54 || tables["hhea"].Length < 36 || tables["maxp"].Length < 6)
        {
            return null;
        }

        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].AsSpan(4));
        short locaFormat = BinaryPrimitives.ReadInt16BigEndian(tables["head"].AsSpan(50));
        if (locaFormat is not (0 or 1))
        {
            return null;
        }

        bool longOffsets = locaFormat == 1;
        byte[] glyf = tables["glyf"];
        int[]? offsets = GlyphLocations.Read(tables["loca"], glyphCount, longOffsets, glyf.Length);
        if (offsets is null)
        {
            return null;
        }

        var closure = new SortedSet<int>(glyphs.Where(g => g >= 0 && g < glyphCount)) { 0 };
        CompositeGlyphs.AddComponents(closure, offsets, glyf);
        HashSet<int> kept = [.. closure]; // looked up once for each of the font's thousands of glyphs
        byte[]? hmtx = KeptMetrics(tables["hmtx"], tables["hhea"], glyphCount, kept);
        if (hmtx is null)
        {
            return null;
        }

        (byte[] newGlyf, int[] newOffsets) = KeptOutlines(glyf, offsets, kept);
        var subset = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach ((string tag, byte[] table) in tables.Where(t => Kept.Contains(t.Key)))
        {
            subset[tag] = table;
        }

        subset["glyf"] = newGlyf;
        subset["loca"] = GlyphLocations.Write(newOffsets, longOffsets);
        subset["hmtx"] = hmtx;
        if (tables.TryGetValue("cmap", out byte[]? cmap) && CharacterMap.Subset(cmap, kept) is byte[] smallCmap)
        {
            subset["cmap"] = smallCmap;
        }

        if (tables.TryGetValue("post", out byte[]? post))
        {
            subset["post"] = WithoutGlyphNames(post);
        }

        return SfntFile.Write(subset);
    }

    private static bool HasTables(SortedDictionary<string, byte[]> tables, params string[] tags) => tags.All(tables.ContainsKey);

    /// <summary>The glyph data of the kept glyphs, in glyph order; every other glyph becomes empty.</summary>
    private static (byte[] Glyf, int[] Offsets) KeptOutlines(byte[] glyf, int[] offsets, HashSet<int> kept)
    {
        var data = new MemoryStream();
        var newOffsets = new int[offsets.Length];
        for (int glyph = 0; glyph < offsets.Length - 1; glyph++)
        {
            newOffsets[glyph] = (int)data.Length;
            if (kept.Contains(glyph))
            {
                // Copied with its padding, so offsets stay even as the short loca format needs.
                data.Write(glyf, offsets[glyph], offsets[glyph + 1] - offsets[glyph]);
            }
        }

        newOffsets[^1] = (int)data.Length;
        return (data.ToArray(), newOffsets);
    }

    /// <summary>
    /// The <c>hmtx</c> table with the advance and side bearing of dropped glyphs zeroed (zeros compress to nothing);
    /// null if the table is shorter than <c>hhea</c> says.
    /// </summary>
    private static byte[]? KeptMetrics(byte[] hmtx, byte[] hhea, int glyphCount, HashSet<int> kept)
    {
        int longMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));
        if (longMetrics == 0 || longMetrics > glyphCount || hmtx.Length < (longMetrics * 4) + ((glyphCount - longMetrics) * 2))
        {
            return null;
        }

        var metrics = (byte[])hmtx.Clone();
        for (int glyph = 0; glyph < glyphCount; glyph++)
        {
            if (kept.Contains(glyph))
            {
                continue;
            }

            if (glyph < longMetrics - 1)
            {
                metrics.AsSpan(glyph * 4, 4).Clear();
            }
            else if (glyph == longMetrics - 1)
            {
                // The last advance is also the advance of every glyph after it, so only its side bearing goes.
                metrics.AsSpan((glyph * 4) + 2, 2).Clear();
            }
            else
            {
                metrics.AsSpan((longMetrics * 4) + ((glyph - longMetrics) * 2), 2).Clear();
            }
        }

        return metrics;
    }

    /// <summary>A format 3 <c>post</c> table: the same italic angle and underline, no glyph names (most of its bytes).</summary>
    private static byte[] WithoutGlyphNames(byte[] post)
    {
        var header = new byte[PostHeaderLength];
        post.AsSpan(0, Math.Min(post.Length, PostHeaderLength)).CopyTo(header);
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00030000);
        return header;
    }
}
