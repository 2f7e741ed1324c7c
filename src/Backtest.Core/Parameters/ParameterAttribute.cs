namespace Backtest.Core.Parameters;

/// <summary>Declares a property as a parameter users can set from a preset or with <c>--set name=value</c>.</summary>
/// <remarks>The default is the property's initial value; the name is the property's name in camel case unless given.</remarks>
/// <param name="description">One line on what it does and in which unit.</param>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class ParameterAttribute(string description) : Attribute
{
    /// <summary>One line on what it does and in which unit.</summary>
    public string Description { get; } = description;

    /// <summary>The name users type; the property's name in camel case when null.</summary>
    public string? Name { get; set; }

    /// <summary>The least valid value of a number (inclusive).</summary>
    public double Min { get; set; } = double.NegativeInfinity;

    /// <summary>The greatest valid value of a number (inclusive).</summary>
    public double Max { get; set; } = double.PositiveInfinity;

    /// <summary>Whether a text parameter is one ticker, checked by the one ticker rule and upper-cased.</summary>
    public bool Ticker { get; set; }

    /// <summary>Whether a ticker parameter also takes the word <c>none</c>.</summary>
    public bool NoneAllowed { get; set; }

    /// <summary>Whether a per-ticker number also takes dated overrides, <c>name.TICKER@yyyy-MM-dd=value</c>.</summary>
    public bool Dated { get; set; }
}
