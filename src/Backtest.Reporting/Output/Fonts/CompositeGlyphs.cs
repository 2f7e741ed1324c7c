using System.Buffers.Binary;

namespace Backtest.Reporting.Output.Fonts;

/// <summary>The glyphs a composite glyph is built of ("é" is "e" and an accent), which a subset must keep with it.</summary>
internal static class CompositeGlyphs
{
    private const ushort ArgumentsAreWords = 0x0001;
    private const ushort HasScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HasXAndYScale = 0x0040;
    private const ushort HasTwoByTwo = 0x0080;
    private const int GlyphHeaderLength = 10;

    /// <summary>Adds to <paramref name="glyphs"/> every component of its composite glyphs, and theirs in turn.</summary>
    /// <exception cref="InvalidDataException">A component names a glyph the font does not have.</exception>
    public static void AddComponents(SortedSet<int> glyphs, int[] offsets, ReadOnlySpan<byte> glyf)
    {
        int glyphCount = offsets.Length - 1;
        var pending = new Stack<int>(glyphs);
        while (pending.TryPop(out int glyph))
        {
            ReadOnlySpan<byte> data = glyf[offsets[glyph]..offsets[glyph + 1]];
            if (data.Length < GlyphHeaderLength || BinaryPrimitives.ReadInt16BigEndian(data) >= 0)
            {
                continue; // empty, or a simple glyph with its own contours
            }

            int at = GlyphHeaderLength;
            ushort flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
                int component = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
                if (component >= glyphCount)
                {
                    throw new InvalidDataException($"Glyph {glyph} is built of glyph {component}, which the font does not have.");
                }

                if (glyphs.Add(component))
                {
                    pending.Push(component);
                }

                at += 4 + ((flags & ArgumentsAreWords) != 0 ? 4 : 2) + TransformLength(flags);
            }
            while ((flags & MoreComponents) != 0);
        }
    }

    private static int TransformLength(ushort flags) =>
        (flags & HasScale) != 0 ? 2 : (flags & HasXAndYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0;
}
