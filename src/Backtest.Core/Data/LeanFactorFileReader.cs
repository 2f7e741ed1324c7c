using System.Globalization;

namespace Backtest.Core.Data;

/// <summary>Reads a LEAN factor file: lines <c>yyyyMMdd,price factor,split factor,reference price</c>, no header, dates increasing.</summary>
/// <remarks>
/// Lines holding <c>inf</c> or <c>e+</c> are skipped, as LEAN skips them: an exponent there has lost the digits
/// the factor needs. Rows whose factors multiply to zero are skipped too, as LEAN does. Anything else that is not
/// a row is an <see cref="InputException"/> naming the file and line.
/// </remarks>
public static class LeanFactorFileReader
{
    private const int MinimumFields = 3;

    /// <summary>Reads the rows of <paramref name="path"/>.</summary>
    public static LeanFactorRow[] Read(string path)
    {
        var rows = new List<LeanFactorRow>();
        int line = 0;

        // Line by line rather than through a CSV reader: the skip rule is about a line's raw text, as LEAN applies it.
        foreach (string raw in InputFile.ReadLines(path))
        {
            line++;
            string text = raw.Trim().TrimStart('\uFEFF');
            if (text.Length == 0 || text.Contains("inf", StringComparison.Ordinal) || text.Contains("e+", StringComparison.Ordinal))
            {
                continue;
            }

            string[] fields = text.Split(',', StringSplitOptions.TrimEntries);
            if (fields.Length < MinimumFields)
            {
                throw LeanErrors.FactorFieldCount(path, line, fields.Length);
            }

            if (!DateOnly.TryParseExact(fields[0], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                throw LeanErrors.BadDate(path, line, fields[0], "yyyyMMdd");
            }

            double priceFactor = Factor(fields[1], "price factor", path, line);
            double splitFactor = Factor(fields[2], "split factor", path, line);
            double reference = fields.Length > MinimumFields && fields[3].Length > 0 ? Factor(fields[3], "reference price", path, line) : 0;
            if (priceFactor * splitFactor == 0)
            {
                continue;
            }

            if (rows.Count > 0 && date <= rows[^1].Date)
            {
                throw LeanErrors.FactorOrder(path, line, date, rows[^1].Date);
            }

            rows.Add(new LeanFactorRow(date, priceFactor, splitFactor, reference, line));
        }

        return [.. rows];
    }

    private static double Factor(string text, string name, string path, int line)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw DataErrors.MalformedRow(path, line, $"{name} '{InputExcerpt.Of(text)}' is not a number.");
        }

        return value < 0 ? throw LeanErrors.NegativeFactor(path, line, name, text) : value;
    }
}
