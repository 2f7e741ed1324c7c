using System.Globalization;
using Backtest.Core.Strategies;

namespace Backtest.Core.Sweeps;

/// <summary>
/// A <c>--grid NAME=SPEC</c> as typed, parsed but not yet expanded (a date range needs the trading calendar). SPEC is one of:
/// <list type="bullet">
/// <item><c>START:STOP:STEP</c>: numbers from START to STOP, both ends included, each START + k x STEP computed in decimal
/// arithmetic (no float drift: 0.1:1.0:0.1 gives 0.3, not 0.30000000000000004) and written without trailing zeros.</item>
/// <item><c>START..END:daily|weekly|monthly|quarterly</c>: dates, the first trading day of each period within START..END
/// (see <see cref="DatePeriods"/>).</item>
/// <item><c>a,b,c</c>: a list of any type; when a value holds commas (a ticker list), separate values with <c>;</c>
/// instead (<c>basket=NVDA,PLTR;AMD,AVGO</c>). One value is a list of one.</item>
/// </list>
/// </summary>
/// <param name="Name">The parameter, as typed.</param>
/// <param name="Spec">The spec, as typed.</param>
/// <param name="Values">The values of a list or number range; empty for a date range.</param>
/// <param name="Dates">The date range, or null.</param>
public sealed record GridSpec(string Name, string Spec, IReadOnlyList<string> Values, DatePeriods? Dates)
{
    /// <summary>Parses <c>NAME=SPEC</c>; a malformed spec is an <see cref="InputException"/> naming it.</summary>
    public static GridSpec Parse(string text)
    {
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == text.Length - 1)
        {
            throw SweepErrors.NotAGrid(text);
        }

        string name = text[..eq].Trim(), spec = text[(eq + 1)..].Trim();
        if (name.Length == 0 || spec.Length == 0)
        {
            throw SweepErrors.NotAGrid(text);
        }

        if (spec.Contains("..", StringComparison.Ordinal))
        {
            return new GridSpec(name, spec, [], ParseDates(name, spec));
        }

        if (spec.Contains(':', StringComparison.Ordinal))
        {
            return new GridSpec(name, spec, NumberRange(name, spec), null);
        }

        char separator = spec.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        string[] values = spec.Split(separator, StringSplitOptions.TrimEntries);
        if (values.Any(v => v.Length == 0))
        {
            throw SweepErrors.EmptyValue(name, spec);
        }

        return new GridSpec(name, spec, values, null);
    }

    /// <summary>The axis this spec gives; a date range takes its days from <paramref name="calendar"/> (trading days, ascending).</summary>
    public GridAxis Expand(IReadOnlyList<DateOnly> calendar)
    {
        if (Dates is null)
        {
            return new GridAxis(Name, Spec, Values);
        }

        IReadOnlyList<DateOnly> days = Dates.FirstTradingDays(calendar);
        if (days.Count == 0)
        {
            throw SweepErrors.NoTradingDay(Name, Spec, calendar[0], calendar[^1]);
        }

        return new GridAxis(Name, Spec, days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray());
    }

    private static DatePeriods ParseDates(string name, string spec)
    {
        int dots = spec.IndexOf("..", StringComparison.Ordinal);
        int colon = spec.LastIndexOf(':');
        if (colon < dots)
        {
            throw SweepErrors.MalformedRange(name, spec);
        }

        if (!TryDate(spec[..dots], out DateOnly start) || !TryDate(spec[(dots + 2)..colon], out DateOnly end))
        {
            throw SweepErrors.MalformedRange(name, spec);
        }

        string word = spec[(colon + 1)..].Trim();
        Frequency period = word.ToLowerInvariant() switch
        {
            "daily" => Frequency.Daily,
            "weekly" => Frequency.Weekly,
            "monthly" => Frequency.Monthly,
            "quarterly" => Frequency.Quarterly,
            _ => throw SweepErrors.BadPeriod(name, spec, word),
        };
        if (end < start)
        {
            throw SweepErrors.DatesReversed(name, spec);
        }

        return new DatePeriods(start, end, period);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    // Decimal arithmetic keeps START + k x STEP exact in the decimals typed; the text then parses to the same double
    // as the user typing that value after --set.
    private static IReadOnlyList<string> NumberRange(string name, string spec)
    {
        string[] parts = spec.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || !TryDecimal(parts[0], out decimal start) || !TryDecimal(parts[1], out decimal stop) || !TryDecimal(parts[2], out decimal step))
        {
            throw SweepErrors.MalformedRange(name, spec);
        }

        if (step == 0)
        {
            throw SweepErrors.ZeroStep(name, spec);
        }

        if ((stop - start) * Math.Sign(step) < 0)
        {
            throw SweepErrors.StepAway(name, spec);
        }

        decimal steps = decimal.Floor((stop - start) / step);
        if (steps >= SweepGrid.MaxCombinations)
        {
            throw SweepErrors.TooLarge((long)Math.Min(steps + 1, long.MaxValue), SweepGrid.MaxCombinations);
        }

        return new DecimalRange(start, step, (int)steps + 1);
    }

    private static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
