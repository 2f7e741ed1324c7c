using System.Buffers.Binary;
using System.Text;

namespace Backtest.Reporting.Tests.Support;

/// <summary>A small PNG reader: the signature, then the chunks in file order, without decoding the image.</summary>
internal static class PngFile
{
    /// <summary>The eight bytes every PNG starts with.</summary>
    public static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Whether <paramref name="bytes"/> start with the PNG signature.</summary>
    public static bool HasSignature(byte[] bytes) => bytes.AsSpan().StartsWith(Signature);

    /// <summary>The chunks of <paramref name="png"/>; throws when a chunk runs past the end of the file.</summary>
    public static IReadOnlyList<PngChunk> Chunks(byte[] png)
    {
        if (!HasSignature(png))
        {
            throw new FormatException("not a PNG: the signature is missing");
        }

        var chunks = new List<PngChunk>();
        int at = Signature.Length;
        while (at < png.Length)
        {
            if (png.Length - at < 12)
            {
                throw new FormatException($"a chunk at byte {at} is cut short");
            }

            int length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at)));
            if (length > png.Length - at - 12)
            {
                throw new FormatException($"the chunk at byte {at} says it has {length} bytes, more than the file holds");
            }

            string type = Encoding.ASCII.GetString(png, at + 4, 4);
            byte[] data = png.AsSpan(at + 8, length).ToArray();
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            chunks.Add(new PngChunk(type, data, crc));
            at += 12 + length;
        }

        return chunks;
    }
}
