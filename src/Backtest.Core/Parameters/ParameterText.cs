using System.Globalization;
using Backtest.Core.Data;

namespace Backtest.Core.Parameters;

/// <summary>Parameter values to and from the text users type: invariant numbers, ISO dates, camel-case words.</summary>
public static class ParameterText
{
    /// <summary>Formats a value as a user would type it.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => CamelCase(e.ToString()),
        IEnumerable<string> list => string.Join(",", list),
        TickerRates rates => Format(rates.Default),
        DatedNotes or TickerDates => string.Empty,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>The name in camel case (<c>ShortAllocation</c> becomes <c>shortAllocation</c>).</summary>
    public static string CamelCase(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>Parses <paramref name="text"/> for <paramref name="spec"/>, or returns the problem in <paramref name="problem"/>.</summary>
    internal static bool TryParse(ParameterSpec spec, string text, out object? value, out string problem)
    {
        value = null;
        problem = string.Empty;
        Type type = Nullable.GetUnderlyingType(spec.Property.PropertyType) ?? spec.Property.PropertyType;
        bool nullable = Nullable.GetUnderlyingType(spec.Property.PropertyType) is not null;
        switch (spec.Kind)
        {
            case ParameterKind.Number or ParameterKind.PerTickerNumber:
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d))
                {
                    value = d;
                    return InRange(spec, d, out problem);
                }

                problem = $"'{InputExcerpt.Of(text)}' is not a number";
                return false;
            case ParameterKind.Integer:
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int i))
                {
                    value = i;
                    return InRange(spec, i, out problem);
                }

                problem = $"'{InputExcerpt.Of(text)}' is not a whole number";
                return false;
            case ParameterKind.Boolean:
                if (bool.TryParse(text, out bool b))
                {
                    value = b;
                    return true;
                }

                problem = $"'{InputExcerpt.Of(text)}' is not true or false";
                return false;
            case ParameterKind.Date:
                if (nullable && (text.Length == 0 || text.Equals("none", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }

                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
                {
                    value = date;
                    return true;
                }

                problem = $"'{InputExcerpt.Of(text)}' is not a date yyyy-MM-dd";
                return false;
            case ParameterKind.Choice:
                foreach (string choice in spec.Choices)
                {
                    if (choice.Equals(text, StringComparison.OrdinalIgnoreCase))
                    {
                        value = Enum.Parse(type, choice, ignoreCase: true);
                        return true;
                    }
                }

                problem = $"'{InputExcerpt.Of(text)}' is not one of {string.Join(", ", spec.Choices)}";
                return false;
            case ParameterKind.TickerList:
                string[] tickers = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                foreach (string ticker in tickers)
                {
                    if (!IsTicker(ticker))
                    {
                        problem = NotATicker(ticker);
                        return false;
                    }
                }

                if (tickers.Length == 0)
                {
                    problem = "the list is empty";
                    return false;
                }

                value = Array.ConvertAll(tickers, t => t.ToUpperInvariant());
                return true;
            case ParameterKind.Ticker:
                if (spec.NoneAllowed && text.Equals("none", StringComparison.OrdinalIgnoreCase))
                {
                    value = "none";
                    return true;
                }

                if (!IsTicker(text))
                {
                    problem = NotATicker(text);
                    return false;
                }

                value = text.ToUpperInvariant();
                return true;
            default:
                if (text.Length == 0)
                {
                    problem = "the value is empty";
                    return false;
                }

                value = text;
                return true;
        }
    }

    /// <summary>Whether <paramref name="text"/> is a ticker by the one rule every ticker follows (<see cref="TickerSymbol"/>).</summary>
    public static bool IsTicker(string text) => TickerSymbol.IsValid(text);

    private static string NotATicker(string text) =>
        $"'{InputExcerpt.Of(text)}' is not a ticker (letters, digits, '.', '-', '^' or '=', at most {TickerSymbol.MaxLength})";

    private static bool InRange(ParameterSpec spec, double value, out string problem)
    {
        problem = value < spec.Min || value > spec.Max ? $"{Format(value)} is out of range" : string.Empty;
        return problem.Length == 0;
    }
}
