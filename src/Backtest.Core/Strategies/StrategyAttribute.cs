namespace Backtest.Core.Strategies;

/// <summary>Names a strategy class so that <c>run</c> and <c>list</c> find it.</summary>
/// <param name="name">The name users type, in kebab case (e.g. <c>burry-13f-2025</c>).</param>
/// <param name="description">One line on what it does.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StrategyAttribute(string name, string description) : Attribute
{
    /// <summary>The name users type.</summary>
    public string Name { get; } = name;

    /// <summary>One line on what it does.</summary>
    public string Description { get; } = description;
}
