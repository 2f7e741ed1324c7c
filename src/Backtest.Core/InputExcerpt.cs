namespace Backtest.Core;

/// <summary>What a message quotes of the user's input: a cell, a line, a header or a value, cut to a readable length.</summary>
/// <remarks>
/// A message must say what was found without pasting a whole broken file into the terminal: a 200 MB line or a header
/// of a million columns is quoted by its first <see cref="MaxLength"/> characters and an ellipsis. Every message that
/// quotes input goes through <see cref="Of(string)"/>.
/// </remarks>
public static class InputExcerpt
{
    /// <summary>The most characters of input a message quotes.</summary>
    public const int MaxLength = 100;

    /// <summary>The text marking that a quote was cut.</summary>
    public const string Ellipsis = "...";

    /// <summary><paramref name="text"/> itself when it is at most <see cref="MaxLength"/> characters, else its start and <see cref="Ellipsis"/>.</summary>
    public static string Of(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        // Never cut between the two halves of a surrogate pair: half a character prints as garbage.
        int length = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return string.Concat(text.AsSpan(0, length), Ellipsis);
    }

    /// <summary>The items joined by <paramref name="separator"/>, quoted as one piece of input (a header's column names, say).</summary>
    public static string Of(IEnumerable<string> items, string separator) => Of(string.Join(separator, items.Take(MaxLength + 2)));
}
