using System.Buffers.Binary;

namespace Backtest.Reporting.Output.Fonts;

/// <summary>
/// A font's <c>cmap</c> (characters to glyphs) cut down to the characters whose glyphs a subset keeps: one Windows
/// Unicode BMP subtable (format 4), tens of bytes for a figure instead of DejaVu's 7 KB of every character it covers.
/// </summary>
/// <remarks>
/// A PDF font with <c>/CIDToGIDMap /Identity</c> finds glyphs by ID and never reads the <c>cmap</c>; it is kept, small,
/// because a TrueType font is expected to have one. A font without a format 4 subtable keeps its own table whole.
/// </remarks>
internal static class CharacterMap
{
    private const ushort WindowsPlatform = 3;
    private const ushort UnicodeBmpEncoding = 1;
    private const ushort SegmentedFormat = 4;
    private const int LastCode = 0xFFFF;

    /// <summary>A <c>cmap</c> with only the characters of <paramref name="cmap"/> that map to <paramref name="kept"/> glyphs, or null to keep it whole.</summary>
    public static byte[]? Subset(byte[] cmap, IReadOnlySet<int> kept) => Pairs(cmap, kept.Contains) is { } pairs ? Write(pairs) : null;

    /// <summary>The glyph of each BMP character the (3, 1) format 4 subtable maps (to a glyph other than 0), or null if there is none.</summary>
    public static SortedDictionary<int, int>? Read(byte[] cmap) => Pairs(cmap, _ => true);

    private static SortedDictionary<int, int>? Pairs(byte[] cmap, Func<int, bool> keep)
    {
        int subtable = WindowsBmpSubtable(cmap);
        if (subtable < 0)
        {
            return null;
        }

        var pairs = new SortedDictionary<int, int>();
        foreach ((int code, int glyph) in Mappings(cmap.AsSpan(subtable)))
        {
            if (glyph != 0 && keep(glyph))
            {
                pairs.TryAdd(code, glyph);
            }
        }

        return pairs;
    }

    /// <summary>Where the (3, 1) format 4 subtable starts, or -1 if the table has none.</summary>
    private static int WindowsBmpSubtable(ReadOnlySpan<byte> cmap)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> record = cmap.Slice(4 + (i * 8), 8);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            if (BinaryPrimitives.ReadUInt16BigEndian(record) == WindowsPlatform
                && BinaryPrimitives.ReadUInt16BigEndian(record[2..]) == UnicodeBmpEncoding
                && offset + 14 <= cmap.Length
                && BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]) == SegmentedFormat)
            {
                return offset;
            }
        }

        return -1;
    }

    /// <summary>Every (character, glyph) pair a format 4 subtable maps.</summary>
    private static List<(int Code, int Glyph)> Mappings(ReadOnlySpan<byte> subtable)
    {
        int segments = BinaryPrimitives.ReadUInt16BigEndian(subtable[6..]) / 2;
        int ends = 14;
        int starts = ends + (segments * 2) + 2;
        int deltas = starts + (segments * 2);
        int rangeOffsets = deltas + (segments * 2);
        var pairs = new List<(int, int)>();
        for (int s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(subtable[(ends + (s * 2))..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(subtable[(starts + (s * 2))..]);
            int delta = BinaryPrimitives.ReadUInt16BigEndian(subtable[(deltas + (s * 2))..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(subtable[(rangeOffsets + (s * 2))..]);
            for (int code = start; code <= end && code < LastCode; code++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (code + delta) & 0xFFFF;
                }
                else
                {
                    // The offset counts from the idRangeOffset entry itself into the glyph index array after it.
                    int at = rangeOffsets + (s * 2) + rangeOffset + ((code - start) * 2);
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(subtable[at..]);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                pairs.Add((code, glyph));
            }
        }

        return pairs;
    }

    /// <summary>A <c>cmap</c> of one format 4 subtable: a segment for each run of characters whose glyphs run alongside.</summary>
    private static byte[] Write(SortedDictionary<int, int> pairs)
    {
        var segments = new List<(int Start, int End, int Delta)>();
        foreach ((int code, int glyph) in pairs)
        {
            int delta = (glyph - code) & 0xFFFF;
            if (segments.Count > 0 && segments[^1].End == code - 1 && segments[^1].Delta == delta)
            {
                segments[^1] = segments[^1] with { End = code };
            }
            else
            {
                segments.Add((code, code, delta));
            }
        }

        segments.Add((LastCode, LastCode, 1)); // the closing segment every format 4 subtable ends with

        int count = segments.Count;
        int subtableLength = 16 + (count * 8);
        var cmap = new byte[12 + subtableLength];
        Span<byte> header = cmap;
        BinaryPrimitives.WriteUInt16BigEndian(header[2..], 1); // one encoding record
        BinaryPrimitives.WriteUInt16BigEndian(header[4..], WindowsPlatform);
        BinaryPrimitives.WriteUInt16BigEndian(header[6..], UnicodeBmpEncoding);
        BinaryPrimitives.WriteUInt32BigEndian(header[8..], 12);

        Span<byte> subtable = cmap.AsSpan(12);
        int entrySelector = System.Numerics.BitOperations.Log2((uint)count);
        int searchRange = 2 << entrySelector;
        BinaryPrimitives.WriteUInt16BigEndian(subtable, SegmentedFormat);
        BinaryPrimitives.WriteUInt16BigEndian(subtable[2..], (ushort)subtableLength);
        BinaryPrimitives.WriteUInt16BigEndian(subtable[6..], (ushort)(count * 2));
        BinaryPrimitives.WriteUInt16BigEndian(subtable[8..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(subtable[10..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(subtable[12..], (ushort)((count * 2) - searchRange));
        int ends = 14;
        int starts = ends + (count * 2) + 2; // after the reserved pad
        int deltas = starts + (count * 2);
        for (int s = 0; s < count; s++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(subtable[(ends + (s * 2))..], (ushort)segments[s].End);
            BinaryPrimitives.WriteUInt16BigEndian(subtable[(starts + (s * 2))..], (ushort)segments[s].Start);
            BinaryPrimitives.WriteUInt16BigEndian(subtable[(deltas + (s * 2))..], (ushort)segments[s].Delta);
        }

        return cmap; // idRangeOffsets stay zero: every segment maps by its delta
    }
}
