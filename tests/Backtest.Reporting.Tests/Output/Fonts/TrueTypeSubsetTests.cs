using System.Buffers.Binary;
using Backtest.Reporting.Output.Fonts;
using Backtest.Reporting.Style;
using Backtest.Reporting.Tests.Support;
using SkiaSharp;

namespace Backtest.Reporting.Tests.Output.Fonts;

/// <summary>The house font's program cut down to a few characters: the same glyph IDs, a valid font, nothing extra.</summary>
public sealed class TrueTypeSubsetTests
{
    private const string Characters = "Aé−Δ…5%";

    private byte[] _font = [];
    private SortedDictionary<int, int> _glyphOf = [];

    [OneTimeSetUp]
    public void ReadHouseFont()
    {
        using SKStreamAsset stream = ReportStyle.Typeface().OpenStream(out int collectionIndex);
        var bytes = new byte[stream.Length];
        stream.Read(bytes, bytes.Length);
        SortedDictionary<string, byte[]>? tables = collectionIndex == 0 ? SfntFile.Read(bytes) : null;
        if (tables is null || !tables.ContainsKey("glyf"))
        {
            Assert.Ignore($"the house font here ({ReportStyle.FontFamily}) is not a single TrueType-outline font; the subsetter leaves such fonts whole");
        }

        _font = bytes;
        _glyphOf = CharacterMap.Read(tables!["cmap"])!;
    }

    [Test]
    public void Subset_SomeCharacters_KeepsTheirGlyphIdsInTheCharacterMap()
    {
        int[] glyphs = [.. Characters.Select(c => _glyphOf[c])];

        SortedDictionary<string, byte[]> subset = SfntFile.Read(TrueTypeSubset.Subset(_font, glyphs)!)!;

        SortedDictionary<int, int> kept = CharacterMap.Read(subset["cmap"])!;
        Assert.That(Characters.Select(c => kept[c]), Is.EqualTo(glyphs));
        Assert.That(kept.Values, Is.SubsetOf(_glyphOf.Values));
    }

    [Test]
    public void Subset_SomeCharacters_FewGlyphsWithOutlinesAndTheGlyphCountUnchanged()
    {
        byte[] subset = TrueTypeSubset.Subset(_font, Characters.Select(c => _glyphOf[c]))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(GlyphCount(subset), Is.EqualTo(GlyphCount(_font)), "every glyph ID still there");
            Assert.That(EmbeddedFonts.GlyphsWithOutlines(subset), Is.InRange(Characters.Length, Characters.Length + 6), "the characters, .notdef and composite parts");
            Assert.That(subset, Has.Length.LessThan(_font.Length / 4));
        }
    }

    [Test]
    public void Subset_CompositeGlyph_KeepsTheGlyphsItIsBuiltOf()
    {
        SortedDictionary<string, byte[]> tables = SfntFile.Read(_font)!;
        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(tables["head"].AsSpan(50)) == 1;
        int[] offsets = GlyphLocations.Read(tables["loca"], GlyphCount(_font), longOffsets, tables["glyf"].Length)!;
        int accented = _glyphOf['é'];
        if (BinaryPrimitives.ReadInt16BigEndian(tables["glyf"].AsSpan(offsets[accented])) >= 0)
        {
            Assert.Ignore($"{ReportStyle.FontFamily} draws é whole here, not as e and an accent");
        }

        int outlines = EmbeddedFonts.GlyphsWithOutlines(TrueTypeSubset.Subset(_font, [accented])!);

        Assert.That(outlines, Is.EqualTo(4), ".notdef, é, and the e and acute accent it is built of");
    }

    [Test]
    public void Subset_AnyFont_TableAndFontChecksumsHold()
    {
        byte[] subset = TrueTypeSubset.Subset(_font, Characters.Select(c => _glyphOf[c]))!;

        Assert.That(Sum(subset), Is.EqualTo(0xB1B0AFBA), "the whole font sums to the magic number through head.checkSumAdjustment");
        int count = BinaryPrimitives.ReadUInt16BigEndian(subset.AsSpan(4));
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> record = subset.AsSpan(12 + (i * 16), 16);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            int length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            byte[] table = subset.AsSpan(offset, (length + 3) & ~3).ToArray();
            if (System.Text.Encoding.Latin1.GetString(record[..4]) == "head")
            {
                table.AsSpan(8, 4).Clear();
            }

            Assert.That(offset % 4, Is.Zero, "4-byte aligned");
            Assert.That(Sum(table), Is.EqualTo(BinaryPrimitives.ReadUInt32BigEndian(record[4..])), $"checksum of table {i}");
        }
    }

    [Test]
    public void Subset_AnyFont_DropsLayoutTablesAndKeepsTheCopyrightNotice()
    {
        SortedDictionary<string, byte[]> original = SfntFile.Read(_font)!;

        SortedDictionary<string, byte[]> subset = SfntFile.Read(TrueTypeSubset.Subset(_font, [_glyphOf['A']])!)!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(subset.Keys, Has.None.AnyOf("GSUB", "GPOS", "GDEF", "kern", "hdmx", "VDMX", "LTSH", "DSIG"));
            Assert.That(subset.Keys, Is.SupersetOf(new[] { "head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap", "name", "post" }));
            Assert.That(subset["name"], Is.EqualTo(original["name"]), "the name table, copyright and licence, byte for byte");
            Assert.That(BinaryPrimitives.ReadUInt32BigEndian(subset["post"]), Is.EqualTo(0x00030000u), "post without glyph names");
        }
    }

    [TestCase("OTTO")]
    [TestCase("ttcf")]
    [TestCase("wOFF")]
    public void Subset_NotASingleTrueTypeOutlineFont_Null(string signature)
    {
        byte[] font = [.. _font];
        System.Text.Encoding.Latin1.GetBytes(signature, font.AsSpan(0, 4));

        Assert.That(TrueTypeSubset.Subset(font, [1, 2, 3]), Is.Null);
    }

    [Test]
    public void Subset_Truncated_Null()
    {
        Assert.That(TrueTypeSubset.Subset(_font.AsSpan(0, _font.Length / 2), [1, 2, 3]), Is.Null);
    }

    private static int GlyphCount(byte[] font) => BinaryPrimitives.ReadUInt16BigEndian(SfntFile.Read(font)!["maxp"].AsSpan(4));

    private static uint Sum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (int i = 0; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        return sum;
    }
}
