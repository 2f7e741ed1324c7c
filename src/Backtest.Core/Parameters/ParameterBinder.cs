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
            string? ticker = dot < 0 ? null : assignment.Key[(dot + 1)..];
            (int group, ParameterSpec spec) = Find(groups, name, assignment);
            if (ticker is not null && spec.Kind != ParameterKind.PerTickerNumber)
            {
                throw ParameterErrors.NoTickerSuffix(assignment, spec);
            }

            if (ticker is not null && !ParameterText.IsTicker(ticker))
            {
                throw ParameterErrors.BadTickerSuffix(assignment, ticker);
            }

            if (!ParameterText.TryParse(spec, assignment.Value, out object? value, out string problem))
            {
                throw ParameterErrors.InvalidValue(assignment, spec, problem);
            }

            object target = instances[group];
            if (spec.Kind == ParameterKind.PerTickerNumber)
            {
                var rates = (TickerRates)spec.Property.GetValue(target)!;
                value = ticker is null ? rates.WithDefault((double)value!) : rates.With(ticker, (double)value!);
            }

            spec.Property.SetValue(target, value);
        }

        return instances;
    }

    private static (int Group, ParameterSpec Spec) Find(IReadOnlyList<ParameterGroup> groups, string name, Assignment assignment)
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
