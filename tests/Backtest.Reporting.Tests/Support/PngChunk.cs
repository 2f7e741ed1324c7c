namespace Backtest.Reporting.Tests.Support;

/// <summary>One chunk of a PNG file as stored: its type, data and the CRC written after it.</summary>
/// <param name="Type">The four-letter type (IHDR, pHYs, IDAT, IEND, ...).</param>
/// <param name="Data">The chunk's data.</param>
/// <param name="StoredCrc">The CRC the file holds for it.</param>
internal sealed record PngChunk(string Type, byte[] Data, uint StoredCrc)
{
    /// <summary>Whether the stored CRC is the CRC-32 of the type and data, as the PNG specification requires.</summary>
    public bool CrcIsValid => StoredCrc == PngCrc.Of([.. System.Text.Encoding.ASCII.GetBytes(Type), .. Data]);

    /// <summary>The big-endian 32-bit number at <paramref name="offset"/> of the data.</summary>
    public uint UInt32At(int offset) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(Data.AsSpan(offset, 4));
}
