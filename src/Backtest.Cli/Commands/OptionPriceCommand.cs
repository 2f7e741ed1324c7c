using Backtest.Cli.Output;
using Backtest.Core;
using Backtest.Core.Options.Pricing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary><c>option price</c>: the model price and greeks of one option, as a table or one JSON object.</summary>
public sealed class OptionPriceCommand(IAnsiConsole console) : Command<OptionPriceSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, OptionPriceSettings settings, CancellationToken cancellationToken)
    {
        OptionRight right = settings.Right;
        OptionStyle style = settings.ExerciseStyle;
        OptionInputs inputs = settings.Inputs(settings.Volatility);
        OptionGreeks greeks = OptionPricer.Greeks(right, style, inputs);

        // Valid inputs can still be beyond a pricer (powers that overflow in a tree); say so rather than print NaN.
        foreach ((string name, double value) in new[]
        {
            ("price", greeks.Price), ("delta", greeks.Delta), ("gamma", greeks.Gamma),
            ("vega", greeks.Vega), ("theta", greeks.Theta), ("rho", greeks.Rho),
        })
        {
            if (!double.IsFinite(value))
            {
                throw new InputException(
                    $"the {style.ToString().ToLowerInvariant()} pricer gives no finite {name} for these inputs; they are beyond what it can price (try a --years, --vol or spot-to-strike ratio nearer listed options)");
            }
        }

        if (settings.Json)
        {
            OptionJson.WritePrice(console.Profile.Out.Writer, right, style, inputs, greeks);
        }
        else
        {
            OptionTable.WritePrice(console, right, style, inputs, greeks);
        }

        return ExitCodes.Success;
    }
}
