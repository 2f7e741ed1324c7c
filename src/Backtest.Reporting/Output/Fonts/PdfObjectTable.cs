using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Backtest.Reporting.Output.Fonts;

/// <summary>
/// The objects of a PDF written in one piece with a classic cross-reference table, as Skia writes it: each object's
/// bytes by number, and the same document rebuilt with some objects replaced and the table recomputed.
/// </summary>
/// <remarks>
/// Anything else (an incremental update, a cross-reference stream, encryption, a table in several sections) makes
/// <see cref="Read"/> answer null: such a document is left exactly as it is.
/// </remarks>
internal sealed partial class PdfObjectTable
{
    private const int EntryLength = 20;

    private readonly byte[] _pdf;
    private readonly int[] _offsets; // by object number; -1 for a free entry
    private readonly int[] _order; // in-use object numbers in the order of their offsets
    private readonly Dictionary<int, int> _ends; // by object number: where the next object (or the table) starts
    private readonly int _xref;
    private readonly int _entries;
    private readonly int _trailer;
    private readonly int _startXref;

    private PdfObjectTable(byte[] pdf, int[] offsets, int xref, int entries, int trailer, int startXref)
    {
        _pdf = pdf;
        _offsets = offsets;
        _order = [.. Enumerable.Range(0, offsets.Length).Where(n => offsets[n] >= 0).OrderBy(n => offsets[n])];
        _xref = xref;
        _ends = _order.Select((n, i) => (n, End: i + 1 < _order.Length ? offsets[_order[i + 1]] : xref)).ToDictionary(p => p.n, p => p.End);
        _entries = entries;
        _trailer = trailer;
        _startXref = startXref;
    }

    /// <summary>The numbers of the objects in use, ascending.</summary>
    public IEnumerable<int> Numbers => Enumerable.Range(0, _offsets.Length).Where(n => _offsets[n] >= 0);

    /// <summary>The object table of <paramref name="pdf"/>, or null if it is not a document of the one plain shape understood.</summary>
    public static PdfObjectTable? Read(byte[] pdf)
    {
        string text = Encoding.Latin1.GetString(pdf);
        int startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (!text.StartsWith("%PDF-", StringComparison.Ordinal) || startXref < 0
            || text.IndexOf("startxref", StringComparison.Ordinal) != startXref)
        {
            return null;
        }

        Match pointer = StartXref().Match(text, startXref);
        if (!pointer.Success || !int.TryParse(pointer.Groups[1].Value, CultureInfo.InvariantCulture, out int xref) || xref >= startXref)
        {
            return null;
        }

        Match header = XrefHeader().Match(text, xref);
        if (!header.Success)
        {
            return null;
        }

        int entries = header.Index + header.Length;
        if (!int.TryParse(header.Groups[1].Value, CultureInfo.InvariantCulture, out int count) || count < 1
            || count > (startXref - entries) / EntryLength)
        {
            return null;
        }

        int trailer = entries + (count * EntryLength);
        if (trailer > startXref || !text.AsSpan(trailer).StartsWith("trailer")
            || UnsupportedTrailer().IsMatch(text[trailer..startXref]))
        {
            return null;
        }

        var offsets = new int[count];
        for (int n = 0; n < count; n++)
        {
            Match entry = Entry().Match(text.Substring(entries + (n * EntryLength), EntryLength));
            if (!entry.Success)
            {
                return null;
            }

            bool inUse = entry.Groups[3].Value == "n" && n > 0;
            long offset = inUse ? long.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
            if (inUse && (offset >= xref || !text.AsSpan((int)offset).StartsWith($"{n} 0 obj")))
            {
                return null;
            }

            offsets[n] = (int)offset;
        }

        int[] used = [.. offsets.Where(o => o >= 0)];
        return used.Distinct().Count() == used.Length ? new PdfObjectTable(pdf, offsets, xref, entries, trailer, startXref) : null;
    }

    /// <summary>The bytes of object <paramref name="number"/>, from <c>N 0 obj</c> to the next object.</summary>
    public ReadOnlySpan<byte> Object(int number)
    {
        return _pdf.AsSpan(_offsets[number], _ends[number] - _offsets[number]);
    }

    /// <summary>
    /// The document with the objects in <paramref name="replacements"/> (whole, <c>N 0 obj</c> to <c>endobj</c>)
    /// put in place of the originals, everything else byte for byte, and a new cross-reference table.
    /// </summary>
    public byte[] With(IReadOnlyDictionary<int, byte[]> replacements)
    {
        if (replacements.Count == 0)
        {
            return _pdf;
        }

        var output = new MemoryStream(_pdf.Length);
        output.Write(_pdf, 0, _offsets[_order[0]]);
        var offsets = new long[_offsets.Length];
        foreach (int number in _order)
        {
            offsets[number] = output.Position;
            output.Write(replacements.TryGetValue(number, out byte[]? replacement) ? replacement : Object(number));
        }

        long xref = output.Position;
        output.Write(_pdf, _xref, _entries - _xref);
        for (int n = 0; n < _offsets.Length; n++)
        {
            int entry = _entries + (n * EntryLength);
            if (_offsets[n] < 0)
            {
                output.Write(_pdf, entry, EntryLength);
                continue;
            }

            // The new offset in the entry's first ten digits; generation, type and line end stay as they were.
            output.Write(Encoding.ASCII.GetBytes(offsets[n].ToString("D10", CultureInfo.InvariantCulture)));
            output.Write(_pdf, entry + 10, EntryLength - 10);
        }

        output.Write(_pdf, _trailer, _startXref - _trailer);
        output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n")));
        return output.ToArray();
    }

    [GeneratedRegex(@"\Gstartxref\s+(\d+)\s+%%EOF\s*\z")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Gxref\r?\n0 (\d+)\r?\n")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"\A(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)\z")]
    private static partial Regex Entry();

    [GeneratedRegex(@"/(Prev|XRefStm|Encrypt)\b")]
    private static partial Regex UnsupportedTrailer();
}
