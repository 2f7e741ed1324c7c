using System.Globalization;
using Backtest.Cli.Output;
using Backtest.Core;
using Backtest.Core.Options.Pricing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary><c>option implied-vol</c>: the volatility at which the model prices an option at a premium, as a table or one JSON object.</summary>
/// <remarks>A premium no volatility gives (below intrinsic value, above what the option can be worth) is bad input: exit code 2 with the solver's reason.</remarks>
public sealed class OptionImpliedVolCommand(IAnsiConsole console) : Command<OptionImpliedVolSettings>
{
    // The solver ignores the volatility in its inputs; a valid one is passed all the same, in case a solver starts there.
    private const double AnyVolatility = 0.5;

    /// <inheritdoc/>
    public override int Execute(CommandContext context, OptionImpliedVolSettings settings, CancellationToken cancellationToken)
    {
        OptionRight right = settings.Right;
        OptionStyle style = settings.ExerciseStyle;
        OptionInputs inputs = settings.Inputs(AnyVolatility);
        double premium = settings.PremiumValue;
        ImpliedVolatilityResult result = ImpliedVolatility.Solve(right, style, inputs, premium);
        if (!result.Found)
        {
            throw new InputException($"--premium {settings.Premium} has no implied volatility: {Reason(result)}");
        }

        if (!double.IsFinite(result.Volatility))
        {
            throw new InputException($"--premium {settings.Premium}: the solver found no finite volatility for these inputs; they are beyond what it can price");
        }

        if (settings.Json)
        {
            OptionJson.WriteImpliedVolatility(console.Profile.Out.Writer, right, style, inputs, premium, result.Volatility);
        }
        else
        {
            OptionTable.WriteImpliedVolatility(console, right, style, inputs, premium, result.Volatility);
        }

        return ExitCodes.Success;
    }

    // The solver's sentence names the premium and the bound it broke; the fallbacks only guard against an empty one.
    private static string Reason(ImpliedVolatilityResult result) =>
        !string.IsNullOrWhiteSpace(result.Message) ? result.Message : result.Problem switch
        {
            ImpliedVolatilityProblem.BelowIntrinsic => "it is below the option's intrinsic value",
            ImpliedVolatilityProblem.AboveUpperBound => "it is at or above what the option can be worth at any volatility",
            _ => string.Create(
                CultureInfo.InvariantCulture,
                $"it needs a volatility outside {ImpliedVolatility.MinVolatility} to {ImpliedVolatility.MaxVolatility}"),
        };
}
