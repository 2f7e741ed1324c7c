namespace Backtest.Core.Parameters;

/// <summary>Turns the assignments of a preset and the command line into configured instances of the parameter classes.</summary>
public static class ParameterBinder
{
    /// <summary>
    /// Creates one instance per group with its defaults, then applies <paramref name="assignments"/> in order (a later
    /// one wins). An unknown name, a wrong type or a value out of range is an <see cref="InputException"/> naming its origin.
    /// </summary>
    public static object[] Bind(IReadOnlyList<ParameterGroup> groups, IEnumerable<Assignment> assignments)
    {
        var instances = new object[groups.Count];
        for (int g = 0; g < groups.Count; g++)
        {
            instances[g] = Activator.CreateInstance(groups[g].Type)!;
        }

        foreach (Assignment assignment in assignments)
        {
            int dot = assignment.Key.IndexOf('.', StringComparison.Ordinal);
            string name = dot < 0 ? assignment.Key : assignment.Key[..dot];
            string? suffix = dot < 0 ? null : assignment.Key[(dot + 1)..];
            (int group, ParameterSpec spec) = Find(groups, name, assignment);
            object target = instances[group];
            if (spec.Kind == ParameterKind.DatedText)
            {
                spec.Property.SetValue(target, WithNote(spec, (DatedNotes)spec.Property.GetValue(target)!, suffix, assignment));
                continue;
            }

            if (suffix is not null && spec.Kind is not ParameterKind.PerTickerNumber and not ParameterKind.PerTickerDate)
            {
                throw ParameterErrors.NoTickerSuffix(assignment, spec);
            }

            // borrowFee.PLTR@2026-01-15: a dated override, where the parameter takes one.
            DateOnly? from = null;
            int at = suffix?.IndexOf('@', StringComparison.Ordinal) ?? -1;
            if (at >= 0)
            {
                from = spec.Dated && DateOnly.TryParseExact(suffix![(at + 1)..], "yyyy-MM-dd", out DateOnly date)
                    ? date
                    : throw ParameterErrors.BadDateSuffix(assignment, spec);
                suffix = suffix[..at];
            }

            if (suffix is not null && !ParameterText.IsTicker(suffix))
            {
                throw ParameterErrors.BadTickerSuffix(assignment, suffix);
            }

            if (spec.Kind == ParameterKind.PerTickerDate)
            {
                spec.Property.SetValue(target, WithDate(spec, (TickerDates)spec.Property.GetValue(target)!, suffix, assignment));
                continue;
            }

            if (!ParameterText.TryParse(spec, assignment.Value, out object? value, out string problem))
            {
                throw ParameterErrors.InvalidValue(assignment, spec, problem);
            }

            if (spec.Kind == ParameterKind.PerTickerNumber)
            {
                var rates = (TickerRates)spec.Property.GetValue(target)!;
                value = suffix is null ? rates.WithDefault((double)value!)
                    : from is { } day ? rates.With(suffix, day, (double)value!)
                    : rates.With(suffix, (double)value!);
            }

            spec.Property.SetValue(target, value);
        }

        return instances;
    }

    private static DatedNotes WithNote(ParameterSpec spec, DatedNotes notes, string? suffix, Assignment assignment)
    {
        if (suffix is null || !DateOnly.TryParseExact(suffix, "yyyy-MM-dd", out DateOnly date))
        {
            throw ParameterErrors.InvalidValue(assignment, spec, $"'{InputExcerpt.Of(assignment.Key)}' does not name a date");
        }

        if (assignment.Value.Length == 0)
        {
            throw ParameterErrors.InvalidValue(assignment, spec, "the text is empty");
        }

        return notes.With(date, assignment.Value);
    }

    private static TickerDates WithDate(ParameterSpec spec, TickerDates dates, string? ticker, Assignment assignment)
    {
        if (ticker is null)
        {
            throw ParameterErrors.InvalidValue(assignment, spec, $"'{InputExcerpt.Of(assignment.Key)}' does not name a ticker");
        }

        if (!DateOnly.TryParseExact(assignment.Value, "yyyy-MM-dd", out DateOnly date))
        {
            throw ParameterErrors.InvalidValue(assignment, spec, $"'{InputExcerpt.Of(assignment.Value)}' is not a date yyyy-MM-dd");
        }

        return dates.With(ticker, date);
    }

    /// <summary>The group and declaration of parameter <paramref name="name"/>; an unknown name is an error naming <paramref name="assignment"/>'s origin.</summary>
    internal static (int Group, ParameterSpec Spec) Find(IReadOnlyList<ParameterGroup> groups, string name, Assignment assignment)
    {
        for (int g = 0; g < groups.Count; g++)
        {
            if (groups[g].Find(name) is { } spec)
            {
                return (g, spec);
            }
        }

        throw ParameterErrors.UnknownParameter(assignment, groups);
    }
}
