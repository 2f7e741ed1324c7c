using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Backtest.Reporting.Output.Fonts;

/// <summary>A PDF stream object: its number, its dictionary and its (encoded) data, read from and written as bytes.</summary>
/// <param name="Number">The object number.</param>
/// <param name="Dictionary">The dictionary, <c>&lt;&lt;</c> to <c>&gt;&gt;</c>.</param>
/// <param name="Data">The stream's bytes as stored, before any filter is undone.</param>
internal sealed partial record PdfStreamObject(int Number, string Dictionary, byte[] Data)
{
    /// <summary>The stream object in <paramref name="obj"/> (bytes from <c>N 0 obj</c>), or null if it is not one with a direct length.</summary>
    public static PdfStreamObject? Read(int number, ReadOnlySpan<byte> obj)
    {
        // Only the start is text; the dictionary of a stream Skia writes is short.
        string head = Encoding.Latin1.GetString(obj[..Math.Min(obj.Length, 4096)]);
        Match match = Header().Match(head);
        if (!match.Success || match.Groups[1].Value != number.ToString(CultureInfo.InvariantCulture))
        {
            return null;
        }

        string dictionary = match.Groups[2].Value;
        Match length = Length().Match(dictionary);
        int start = match.Index + match.Length;
        if (!length.Success || !int.TryParse(length.Groups[1].Value, CultureInfo.InvariantCulture, out int count)
            || (long)start + count > obj.Length || !EndsStream(obj[(start + count)..]))
        {
            return null;
        }

        return new PdfStreamObject(number, dictionary, obj.Slice(start, count).ToArray());
    }

    /// <summary>The stream's content with its filter undone, or null for a filter other than none or Flate alone.</summary>
    /// <exception cref="InvalidDataException">The Flate data is corrupt.</exception>
    public byte[]? Decoded()
    {
        if ((!IsFlate && Dictionary.Contains("/Filter", StringComparison.Ordinal)) || Dictionary.Contains("/DecodeParms", StringComparison.Ordinal))
        {
            return null;
        }

        if (!IsFlate)
        {
            return Data;
        }

        using var inflater = new ZLibStream(new MemoryStream(Data), CompressionMode.Decompress);
        var content = new MemoryStream();
        inflater.CopyTo(content);
        return content.ToArray();
    }

    /// <summary>
    /// The whole object, <c>N 0 obj</c> to <c>endobj</c>, holding <paramref name="content"/> encoded as this one was, with
    /// <c>/Length</c> and <paramref name="length1"/> (a font program's decoded length) set.
    /// </summary>
    public byte[] WithContent(byte[] content, int length1)
    {
        byte[] data = IsFlate ? Deflated(content) : content;
        string dictionary = Length1().Replace(Length().Replace(Dictionary, $"/Length {data.Length}", 1), $"/Length1 {length1}", 1);
        var obj = new MemoryStream();
        obj.Write(Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Number} 0 obj\n{dictionary} stream\n")));
        obj.Write(data);
        obj.Write("\nendstream\nendobj\n"u8);
        return obj.ToArray();
    }

    private bool IsFlate => FlateOnly().IsMatch(Dictionary);

    private static byte[] Deflated(byte[] content)
    {
        var data = new MemoryStream();
        using (var deflater = new ZLibStream(data, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflater.Write(content);
        }

        return data.ToArray();
    }

    private static bool EndsStream(ReadOnlySpan<byte> rest)
    {
        int skip = rest.StartsWith("\r\n"u8) ? 2 : rest.Length > 0 && rest[0] is (byte)'\n' or (byte)'\r' ? 1 : 0;
        return rest[skip..].StartsWith("endstream"u8);
    }

    [GeneratedRegex(@"\A(\d+) 0 obj\s*(<<(?:[^<>]|<<[^<>]*>>|<[0-9A-Fa-f]*>)*>>)\s*stream\r?\n")]
    private static partial Regex Header();

    [GeneratedRegex(@"/Length\s+(\d+)(?!\s+\d+\s+R)(?=[\s/>])")]
    private static partial Regex Length();

    [GeneratedRegex(@"/Length1\s+\d+(?!\s+\d+\s+R)(?=[\s/>])")]
    private static partial Regex Length1();

    [GeneratedRegex(@"/Filter\s*(/FlateDecode|\[\s*/FlateDecode\s*\])")]
    private static partial Regex FlateOnly();
}
