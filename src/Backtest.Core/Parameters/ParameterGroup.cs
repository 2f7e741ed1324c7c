using System.Reflection;

namespace Backtest.Core.Parameters;

/// <summary>The declared parameters of one settings or strategy class, found from its <see cref="ParameterAttribute"/>s.</summary>
public sealed class ParameterGroup
{
    private ParameterGroup(string title, Type type, IReadOnlyList<ParameterSpec> specs)
    {
        Title = title;
        Type = type;
        Specs = specs;
    }

    /// <summary>What the group is, for help and messages (<c>burry-13f-2025</c>, <c>engine</c>).</summary>
    public string Title { get; }

    /// <summary>The class whose properties the parameters are.</summary>
    public Type Type { get; }

    /// <summary>The parameters, in declaration order.</summary>
    public IReadOnlyList<ParameterSpec> Specs { get; }

    /// <summary>Reads the parameters of <paramref name="type"/>, which needs a public parameterless constructor.</summary>
    public static ParameterGroup For(Type type, string title)
    {
        object defaults = Activator.CreateInstance(type)
            ?? throw new ArgumentException($"{type} has no parameterless constructor", nameof(type));
        var specs = new List<ParameterSpec>();
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<ParameterAttribute>() is not { } attribute)
            {
                continue;
            }

            Type valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            ParameterKind kind = attribute.Ticker && valueType == typeof(string) ? ParameterKind.Ticker : KindOf(valueType, type, property.Name);
            IReadOnlyList<string> choices = valueType.IsEnum
                ? Array.ConvertAll(Enum.GetNames(valueType), ParameterText.CamelCase)
                : [];
            specs.Add(new ParameterSpec(
                attribute.Name ?? ParameterText.CamelCase(property.Name),
                kind,
                ParameterText.Format(property.GetValue(defaults)),
                attribute.Description,
                attribute.Min,
                attribute.Max,
                choices)
            {
                Property = property,
                Dated = attribute.Dated,
                NoneAllowed = attribute.NoneAllowed,
            });
        }

        return new ParameterGroup(title, type, specs);
    }

    /// <summary>The parameter called <paramref name="name"/> (any case), or null.</summary>
    public ParameterSpec? Find(string name)
    {
        foreach (ParameterSpec spec in Specs)
        {
            if (spec.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return spec;
            }
        }

        return null;
    }

    /// <summary>Every parameter's value in <paramref name="instance"/> as text, per-ticker overrides as <c>name.TICKER</c>.</summary>
    public IEnumerable<KeyValuePair<string, string>> Values(object instance)
    {
        foreach (ParameterSpec spec in Specs)
        {
            object? value = spec.Property.GetValue(instance);
            if (value is DatedNotes dated)
            {
                foreach ((DateOnly date, string text) in dated.Notes)
                {
                    yield return new($"{spec.Name}.{ParameterText.Format(date)}", text);
                }

                continue;
            }

            if (value is TickerDates tickerDates)
            {
                foreach ((string ticker, DateOnly date) in tickerDates.Dates)
                {
                    yield return new($"{spec.Name}.{ticker}", ParameterText.Format(date));
                }

                continue;
            }

            yield return new(spec.Name, ParameterText.Format(value));
            if (value is TickerRates rates)
            {
                foreach ((string ticker, double rate) in rates.Overrides)
                {
                    yield return new($"{spec.Name}.{ticker}", ParameterText.Format(rate));
                }

                foreach ((string key, double rate) in rates.DatedOverrides)
                {
                    yield return new($"{spec.Name}.{key}", ParameterText.Format(rate));
                }
            }
        }
    }

    private static ParameterKind KindOf(Type valueType, Type owner, string property)
    {
        if (valueType == typeof(double))
        {
            return ParameterKind.Number;
        }

        if (valueType == typeof(int))
        {
            return ParameterKind.Integer;
        }

        if (valueType == typeof(bool))
        {
            return ParameterKind.Boolean;
        }

        if (valueType == typeof(DateOnly))
        {
            return ParameterKind.Date;
        }

        if (valueType == typeof(string))
        {
            return ParameterKind.Text;
        }

        if (valueType.IsEnum)
        {
            return ParameterKind.Choice;
        }

        if (valueType == typeof(string[]) || valueType == typeof(IReadOnlyList<string>))
        {
            return ParameterKind.TickerList;
        }

        if (valueType == typeof(TickerRates))
        {
            return ParameterKind.PerTickerNumber;
        }

        if (valueType == typeof(DatedNotes))
        {
            return ParameterKind.DatedText;
        }

        if (valueType == typeof(TickerDates))
        {
            return ParameterKind.PerTickerDate;
        }

        throw new NotSupportedException($"{owner.Name}.{property}: parameters of type {valueType.Name} are not supported");
    }
}
