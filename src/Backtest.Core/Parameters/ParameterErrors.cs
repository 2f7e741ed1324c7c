namespace Backtest.Core.Parameters;

/// <summary>The messages for bad parameters and presets, in one place.</summary>
public static class ParameterErrors
{
    /// <summary>A <c>--set</c> without <c>name=value</c>.</summary>
    public static InputException NotAnAssignment(string text, string option) =>
        new($"{option} '{InputExcerpt.Of(text)}': expected name=value, for example {option} shortAllocation=0.6");

    /// <summary>A name that no parameter group declares, with the closest valid name.</summary>
    public static InputException UnknownParameter(Assignment assignment, IReadOnlyList<ParameterGroup> groups)
    {
        string name = assignment.Key;

        // Compare the name without its ticker suffix (borrowFe.PLTR is a misspelt borrowFee).
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        string typed = (dot < 0 ? name : name[..dot]).ToLowerInvariant();
        string? closest = null;
        int best = int.MaxValue;
        var lists = new List<string>();
        foreach (ParameterGroup group in groups)
        {
            var names = new List<string>();
            foreach (ParameterSpec spec in group.Specs)
            {
                names.Add(spec.Name);
                string candidate = spec.Name.ToLowerInvariant();

                // An abbreviation (shortAlloc for shortAllocation) is as close as a name gets.
                int distance = typed.Length >= 3 && candidate.StartsWith(typed, StringComparison.Ordinal) ? 0 : EditDistance(typed, candidate);
                if (distance < best)
                {
                    (best, closest) = (distance, spec.Name);
                }
            }

            lists.Add($"{group.Title}: {string.Join(", ", names)}");
        }

        string hint = closest is not null && best <= Math.Max(2, typed.Length / 3) ? $" Did you mean '{closest}'?" : string.Empty;
        return new($"{InputExcerpt.Of(assignment.Origin)}: unknown parameter '{InputExcerpt.Of(name)}'.{hint} Valid parameters are {string.Join("; ", lists)}.");
    }

    /// <summary>A value of the wrong type or out of range.</summary>
    public static InputException InvalidValue(Assignment assignment, ParameterSpec spec, string problem) =>
        new($"{InputExcerpt.Of(assignment.Origin)}: {spec.Name}: {problem}; expected {spec.ValidText}.");

    /// <summary>A ticker suffix on a parameter that has no per-ticker values.</summary>
    public static InputException NoTickerSuffix(Assignment assignment, ParameterSpec spec) =>
        new($"{InputExcerpt.Of(assignment.Origin)}: {spec.Name} has no per-ticker values; write {spec.Name}=value.");

    /// <summary>A date suffix (<c>@yyyy-MM-dd</c>) on a parameter without dated values, or one that is not a date.</summary>
    public static InputException BadDateSuffix(Assignment assignment, ParameterSpec spec) =>
        new(spec.Dated
            ? $"{InputExcerpt.Of(assignment.Origin)}: '{InputExcerpt.Of(assignment.Key)}': the part after '@' is not a date yyyy-MM-dd; write {spec.Name}.TICKER@yyyy-MM-dd=value."
            : $"{InputExcerpt.Of(assignment.Origin)}: {spec.Name} has no dated values ('{InputExcerpt.Of(assignment.Key)}'); write {spec.NameForms.Split(", ")[^1]}=value.");

    /// <summary>A ticker suffix that is not a ticker.</summary>
    public static InputException BadTickerSuffix(Assignment assignment, string ticker) =>
        new($"{InputExcerpt.Of(assignment.Origin)}: '{InputExcerpt.Of(ticker)}' is not a ticker (letters, digits, '.', '-' or '^').");

    /// <summary>A per-ticker value for a ticker the run does not trade.</summary>
    public static InputException TickerNotTraded(string origin, string key, IEnumerable<string> traded) =>
        new($"{InputExcerpt.Of(origin)}: {InputExcerpt.Of(key)} names a ticker this run does not trade; it trades {string.Join(", ", traded)}.");

    /// <summary>A preset line that is not <c>name = value</c>.</summary>
    public static InputException MalformedPresetLine(string file, int line, string text) =>
        new($"{file}, line {line}: expected 'name = value' (or a # comment), found '{InputExcerpt.Of(text)}'.");

    /// <summary>A preset without its <c>strategy</c> line.</summary>
    public static InputException PresetWithoutStrategy(string file) =>
        new($"{file}: no 'strategy = <name>' line; a preset names the strategy it configures.");

    /// <summary>A parameter whose value makes no sense together with the run (a date outside it, say).</summary>
    public static InputException Inconsistent(string name, string problem) =>
        new($"{name}: {problem}");

    // Levenshtein distance, for the "did you mean" hint on a misspelt name.
    private static int EditDistance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
