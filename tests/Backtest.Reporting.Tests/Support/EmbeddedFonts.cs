using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Backtest.Reporting.Output.Fonts;

namespace Backtest.Reporting.Tests.Support;

/// <summary>The TrueType font programs a PDF embeds, decoded, and how many glyphs each still draws.</summary>
internal static partial class EmbeddedFonts
{
    /// <summary>The decoded <c>/FontFile2</c> streams of <paramref name="pdf"/>, in object order.</summary>
    public static IReadOnlyList<byte[]> Programs(byte[] pdf)
    {
        PdfObjectTable table = PdfObjectTable.Read(pdf) ?? throw new AssertionException("not a PDF of the plain shape Skia writes");
        return
        [
            .. FontFile().Matches(Encoding.Latin1.GetString(pdf))
                .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
                .Distinct()
                .Order()
                .Select(n => PdfStreamObject.Read(n, table.Object(n))!.Decoded()!),
        ];
    }

    /// <summary>The glyphs of <paramref name="program"/> with an outline (a non-empty <c>glyf</c> entry).</summary>
    public static int GlyphsWithOutlines(byte[] program)
    {
        SortedDictionary<string, byte[]> tables = SfntFile.Read(program)!;
        int count = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].AsSpan(4));
        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(tables["head"].AsSpan(50)) == 1;
        int[] offsets = GlyphLocations.Read(tables["loca"], count, longOffsets, tables["glyf"].Length)!;
        return Enumerable.Range(0, count).Count(g => offsets[g + 1] > offsets[g]);
    }

    [GeneratedRegex(@"/FontFile2\s+(\d+)\s+0\s+R")]
    private static partial Regex FontFile();
}
