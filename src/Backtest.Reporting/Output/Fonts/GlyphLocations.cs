using System.Buffers.Binary;

namespace Backtest.Reporting.Output.Fonts;

/// <summary>Where each glyph's outline lies in a TrueType <c>glyf</c> table: the <c>loca</c> table, read and written.</summary>
/// <remarks>
/// The short format stores offsets halved in 16 bits, the long one whole in 32 bits (<c>head.indexToLocFormat</c> 0
/// or 1). A subset keeps the format of its font: its glyph data is never longer, so the offsets still fit.
/// </remarks>
internal static class GlyphLocations
{
    /// <summary>The <c>numGlyphs + 1</c> offsets of <paramref name="loca"/>, or null if they are not ascending inside the glyph data.</summary>
    public static int[]? Read(ReadOnlySpan<byte> loca, int glyphCount, bool longOffsets, int glyfLength)
    {
        int width = longOffsets ? 4 : 2;
        if (loca.Length < (glyphCount + 1) * width)
        {
            return null;
        }

        var offsets = new int[glyphCount + 1];
        for (int i = 0; i <= glyphCount; i++)
        {
            long offset = longOffsets
                ? BinaryPrimitives.ReadUInt32BigEndian(loca[(i * 4)..])
                : BinaryPrimitives.ReadUInt16BigEndian(loca[(i * 2)..]) * 2L;
            if (offset > glyfLength || (i > 0 && offset < offsets[i - 1]))
            {
                return null;
            }

            offsets[i] = (int)offset;
        }

        return offsets;
    }

    /// <summary>A <c>loca</c> table of <paramref name="offsets"/> in the given format.</summary>
    public static byte[] Write(int[] offsets, bool longOffsets)
    {
        var loca = new byte[offsets.Length * (longOffsets ? 4 : 2)];
        for (int i = 0; i < offsets.Length; i++)
        {
            if (longOffsets)
            {
                BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(i * 4), (uint)offsets[i]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(i * 2), (ushort)(offsets[i] / 2));
            }
        }

        return loca;
    }
}
