using System.Text;

namespace Backtest.Reporting.Sweeps;

/// <summary>Names in words: a parameter or metric path as a reader says it.</summary>
internal static class SweepText
{
    /// <summary>
    /// A camelCase name in lower-case words, dots as spaces: <c>shortAllocation</c> is "short allocation",
    /// <c>borrowFee.PLTR</c> "borrow fee PLTR" (a run of capitals is an acronym and keeps its case).
    /// </summary>
    public static string Words(string name)
    {
        var words = new StringBuilder(name.Length + 8);
        for (int k = 0; k < name.Length; k++)
        {
            char c = name[k];
            if (c is '.' or '_' or '-')
            {
                words.Append(' ');
                continue;
            }

            bool startsWord = char.IsUpper(c) && k > 0 && char.IsLower(name[k - 1]);
            bool inAcronym = char.IsUpper(c) && ((k > 0 && char.IsUpper(name[k - 1])) || (k + 1 < name.Length && char.IsUpper(name[k + 1])));
            if (startsWord)
            {
                words.Append(' ');
            }

            words.Append(inAcronym ? c : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    /// <summary>
    /// A title that fits <paramref name="size"/>'s width: as it is when it does, else broken into lines at the last spaces
    /// that fit ("Sharpe ratio by short allocation" over "and entry date" on a narrow figure), so it is never cut off.
    /// </summary>
    public static string Title(string title, Style.FigureSize size)
    {
        // A bold sans-serif character is up to about 0.65 em wide, and the title has a little margin either side.
        int perLine = Math.Max(12, (int)(((size.Width * Style.ReportStyle.UnitsPerInch) - 16) / (Style.ReportStyle.TitleSize * 0.65)));
        var lines = new List<string>();
        string rest = title;
        while (rest.Length > perLine && rest.LastIndexOf(' ', perLine) is int cut and > 0)
        {
            lines.Add(rest[..cut]);
            rest = rest[(cut + 1)..];
        }

        lines.Add(rest);
        return string.Join("\n", lines);
    }

    /// <summary><paramref name="text"/> with its first letter in capitals.</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
