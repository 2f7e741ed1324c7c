using System.Buffers;
using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>
/// Text that came from outside (a data file's cell, a path, a parameter, an exception's message) made safe to print on a
/// terminal: every control character shown as an escape, so that a cell can neither clear the screen, retitle the
/// window or ring the bell, nor break a message over two lines.
/// </summary>
/// <remarks>
/// C0 controls (newlines and tabs included), DEL and C1 controls (U+0080 to U+009F, where a terminal may read U+009B as
/// the start of a command) become <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\xHH</c>; the Unicode line and paragraph
/// separators and the bidirectional overrides (which can make text read in an order other than the one printed) become
/// <c>\uHHHH</c>. Everything else, backslashes included, is kept as it is, so that paths stay copyable.
/// </remarks>
public static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Range('\u0000', '\u001F'), .. Range('\u007F', '\u009F'), '\u061C', '\u200E', '\u200F', '\u2028', '\u2029', .. Range('\u202A', '\u202E'), .. Range('\u2066', '\u2069')]);

    /// <summary>Returns <paramref name="text"/> with its control characters escaped; the same string when it has none.</summary>
    public static string Escape(string text)
    {
        int first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (char c in text.AsSpan(first))
        {
            if (!Unsafe.Contains(c))
            {
                escaped.Append(c);
                continue;
            }

            escaped.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                < '\u0100' => @"\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => @"\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return escaped.ToString();
    }

    /// <summary><see cref="Escape"/>d and then made markup that Spectre prints literally, for a table's cells and titles.</summary>
    public static string AsMarkup(string text) => Markup.Escape(Escape(text));

    private static IEnumerable<char> Range(char first, char last) =>
        Enumerable.Range(first, last - first + 1).Select(c => (char)c);
}
