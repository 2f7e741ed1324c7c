namespace Backtest.Core.Sweeps;

/// <summary>One varied parameter of a sweep with its values, in grid order, as a user would type them after <c>--set</c>.</summary>
/// <param name="Name">The parameter, as typed after <c>--grid</c> (<c>shortAllocation</c>, <c>borrowFee.PLTR</c>).</param>
/// <param name="Spec">The spec as typed (<c>0.1:1.0:0.1</c>), for the record.</param>
/// <param name="Values">The values, each as <c>--set NAME=VALUE</c> would take it.</param>
public sealed record GridAxis(string Name, string Spec, IReadOnlyList<string> Values);
