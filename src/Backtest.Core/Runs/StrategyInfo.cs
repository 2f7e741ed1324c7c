using Backtest.Core.Parameters;
using Backtest.Core.Strategies;

namespace Backtest.Core.Runs;

/// <summary>A strategy class the catalog found: its name, description and declared parameters.</summary>
/// <param name="Name">The name users type.</param>
/// <param name="Description">One line on what it does.</param>
/// <param name="Type">The class.</param>
public sealed record StrategyInfo(string Name, string Description, Type Type)
{
    /// <summary>Its declared parameters.</summary>
    public ParameterGroup Parameters { get; } = ParameterGroup.For(Type, Name);

    /// <summary>A new instance with its defaults, to be configured by <see cref="ParameterBinder"/>.</summary>
    public IStrategy Create() => (IStrategy)Activator.CreateInstance(Type)!;
}
