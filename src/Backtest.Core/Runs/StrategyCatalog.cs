using System.Reflection;
using Backtest.Core.Strategies;

namespace Backtest.Core.Runs;

/// <summary>The strategy classes found in the given assemblies by their <see cref="StrategyAttribute"/>.</summary>
public sealed class StrategyCatalog
{
    private readonly SortedDictionary<string, StrategyInfo> _strategies = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds every public <see cref="IStrategy"/> class marked with <see cref="StrategyAttribute"/>.</summary>
    public StrategyCatalog(params Assembly[] assemblies)
    {
        foreach (Assembly assembly in assemblies)
        {
            foreach (Type type in assembly.GetExportedTypes())
            {
                if (type.GetCustomAttribute<StrategyAttribute>() is { } attribute && typeof(IStrategy).IsAssignableFrom(type))
                {
                    _strategies.Add(attribute.Name, new StrategyInfo(attribute.Name, attribute.Description, type));
                }
            }
        }
    }

    /// <summary>Every strategy, by name.</summary>
    public IReadOnlyCollection<StrategyInfo> All => _strategies.Values;

    /// <summary>The strategy called <paramref name="name"/>, or null.</summary>
    public StrategyInfo? Find(string name) => _strategies.GetValueOrDefault(name);
}
