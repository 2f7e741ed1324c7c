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

    /// <summary><paramref name="text"/> with its first letter in capitals.</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
