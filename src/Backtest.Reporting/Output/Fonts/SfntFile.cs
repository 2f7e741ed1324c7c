using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Backtest.Reporting.Output.Fonts;

/// <summary>The container of a TrueType font program: a directory of tagged tables, read into and written from a map.</summary>
/// <remarks>
/// Only single fonts with TrueType outlines are read. A collection (<c>ttcf</c>) or a font with CFF outlines
/// (<c>OTTO</c>) is something the subsetter does not understand, so <see cref="Read"/> answers null and the caller
/// leaves that font as it was.
/// </remarks>
internal static class SfntFile
{
    private const uint TrueTypeVersion = 0x00010000;
    private const uint AppleTrueTypeVersion = 0x74727565; // 'true'
    private const uint ChecksumMagic = 0xB1B0AFBA;
    private const int HeaderLength = 12;
    private const int RecordLength = 16;

    /// <summary>The tables of <paramref name="font"/> by tag, or null if it is not a single TrueType-outline font.</summary>
    public static SortedDictionary<string, byte[]>? Read(ReadOnlySpan<byte> font)
    {
        if (font.Length < HeaderLength)
        {
            return null;
        }

        uint version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version is not (TrueTypeVersion or AppleTrueTypeVersion))
        {
            return null;
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        if (HeaderLength + (count * RecordLength) > font.Length)
        {
            return null;
        }

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> record = font.Slice(HeaderLength + (i * RecordLength), RecordLength);
            string tag = Encoding.Latin1.GetString(record[..4]);
            long offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            long length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + length > font.Length || !tables.TryAdd(tag, font.Slice((int)offset, (int)length).ToArray()))
            {
                return null;
            }
        }

        return tables;
    }

    /// <summary>A font program of <paramref name="tables"/>, in tag order, each 4-byte aligned, with every checksum the format asks.</summary>
    public static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        int count = tables.Count;
        int directoryLength = HeaderLength + (count * RecordLength);
        var font = new byte[directoryLength + tables.Values.Sum(t => Padded(t.Length))];
        int entrySelector = count == 0 ? 0 : BitOperations.Log2((uint)count);
        int power = count == 0 ? 0 : 1 << entrySelector;
        BinaryPrimitives.WriteUInt32BigEndian(font, TrueTypeVersion);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)(power * RecordLength));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)((count - power) * RecordLength));

        int record = HeaderLength;
        int offset = directoryLength;
        int headOffset = -1;
        foreach ((string tag, byte[] table) in tables)
        {
            Span<byte> data = font.AsSpan(offset, table.Length);
            table.CopyTo(data);
            if (tag == "head" && table.Length >= 12)
            {
                // The whole-font adjustment is counted as zero in every checksum, the head table's own included.
                data.Slice(8, 4).Clear();
                headOffset = offset;
            }

            Encoding.Latin1.GetBytes(tag, font.AsSpan(record, 4));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 4), Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 12), (uint)table.Length);
            record += RecordLength;
            offset += Padded(table.Length);
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), unchecked(ChecksumMagic - Checksum(font)));
        }

        return font;
    }

    /// <summary>The sum of the data as big-endian 32-bit words, the last one padded with zeros.</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        int whole = data.Length & ~3;
        for (int i = 0; i < whole; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        Span<byte> last = stackalloc byte[4];
        last.Clear();
        data[whole..].CopyTo(last);
        return unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
    }

    private static int Padded(int length) => (length + 3) & ~3;
}
