using System.Text;
using System.Text.RegularExpressions;

namespace Backtest.Reporting.Tests.Support;

/// <summary>What a test can see in a PDF's bytes without a PDF library: the signature, the pages, the objects named.</summary>
internal static partial class PdfFile
{
    /// <summary>Whether the file starts as a PDF does.</summary>
    public static bool HasSignature(byte[] pdf) => pdf.AsSpan().StartsWith("%PDF-"u8);

    /// <summary>The page objects: every <c>/Type /Page</c> not followed by <c>s</c> (that would be the page tree).</summary>
    public static int PageCount(byte[] pdf) => PageObject().Count(Text(pdf));

    /// <summary>Whether <paramref name="token"/> appears in the file's bytes (dictionaries are not compressed).</summary>
    public static bool Contains(byte[] pdf, string token) => Text(pdf).Contains(token, StringComparison.Ordinal);

    // Latin-1 maps each byte to one character, so offsets and binary streams survive.
    private static string Text(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    [GeneratedRegex("/Type /Page(?!s)")]
    private static partial Regex PageObject();
}
