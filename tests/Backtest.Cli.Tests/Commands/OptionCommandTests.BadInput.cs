using System.Text.RegularExpressions;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// Every bad input to <c>option price</c> and <c>option implied-vol</c> is exit code 2 with one "Error:" line naming the
/// option and its valid values, on standard error: no trace, no NaN or Infinity.
/// </summary>
public partial class OptionCommandTests
{
    private const string Put = "--type put --spot 100 --strike 90 --years 0.5 --rate 0.01";

    private static void AssertBadInput(CliRun run, string expected)
    {
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.StartWith("Error: "));
        Assert.That(run.Stderr, Does.Contain(expected));
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line");
        Assert.That(run.Stdout, Is.Empty);
        AssertNothingAlarming(run);
    }

    // A value the user typed is quoted back ('NaN' is not a number); the rest must hold no NaN, infinity or trace.
    private static void AssertNothingAlarming(CliRun run)
    {
        string ours = Regex.Replace(run.Output, "'[^']*'", "''");
        Assert.That(ours, Does.Not.Contain("NaN").And.Not.Contain("Infinity").And.Not.Contain("∞"));
        Assert.That(ours, Does.Not.Contain("Exception").And.Not.Match(@"(?m)^\s+at ").And.Not.Contain("Internal error"));
    }

    [TestCase("--spot 100 --strike 90 --years 0.5 --rate 0.01 --vol 0.2", "--type is missing: expected put or call")]
    [TestCase("--type straddle --spot 100 --strike 90 --years 0.5 --rate 0.01 --vol 0.2", "--type 'straddle': expected put or call")]
    [TestCase(Put + " --style bermudan --vol 0.2", "--style 'bermudan': expected american or european")]
    [TestCase("--type put --strike 90 --years 0.5 --rate 0.01 --vol 0.2", "--spot is missing: expected the underlying's price, a number above 0")]
    [TestCase("--type put --spot 0 --strike 90 --years 0.5 --rate 0.01 --vol 0.2", "--spot 0: expected the underlying's price, a number above 0")]
    [TestCase("--type put --spot -100 --strike 90 --years 0.5 --rate 0.01 --vol 0.2", "--spot -100: expected the underlying's price, a number above 0")]
    [TestCase("--type put --spot abc --strike 90 --years 0.5 --rate 0.01 --vol 0.2", "--spot 'abc' is not a number: expected the underlying's price")]
    [TestCase("--type put --spot 1,5 --strike 90 --years 0.5 --rate 0.01 --vol 0.2", "--spot '1,5' is not a number")]
    [TestCase("--type put --spot NaN --strike 90 --years 0.5 --rate 0.01 --vol 0.2", "--spot 'NaN' is not a number")]
    [TestCase("--type put --spot 100 --strike 0 --years 0.5 --rate 0.01 --vol 0.2", "--strike 0: expected the strike, a number above 0")]
    [TestCase("--type put --spot 100 --strike -5 --years 0.5 --rate 0.01 --vol 0.2", "--strike -5: expected the strike, a number above 0")]
    [TestCase("--type put --spot 100 --strike 90 --years 0 --rate 0.01 --vol 0.2", "--years 0: expected years to expiry above 0, at most 100")]
    [TestCase("--type put --spot 100 --strike 90 --years -1 --rate 0.01 --vol 0.2", "--years -1: expected years to expiry above 0, at most 100")]
    [TestCase("--type put --spot 100 --strike 90 --years 1e9 --rate 0.01 --vol 0.2", "--years 1e9: expected years to expiry above 0, at most 100")]
    [TestCase("--type put --spot 100 --strike 90 --years 0.5 --vol 0.2", "--rate is missing: expected a yearly rate from -1 to 1")]
    [TestCase("--type put --spot 100 --strike 90 --years 0.5 --rate 4 --vol 0.2", "--rate 4: expected a yearly rate from -1 to 1 (0.04 = 4%)")]
    [TestCase(Put + " --dividend-yield -0.1 --vol 0.2", "--dividend-yield -0.1: expected a yearly yield from 0 to 1")]
    [TestCase(Put, "--vol is missing: expected an annual volatility from 0.0001 to 5 (0.5 = 50%)")]
    [TestCase(Put + " --vol 0", "--vol 0: expected an annual volatility from 0.0001 to 5")]
    [TestCase(Put + " --vol 0.00009", "--vol 0.00009: expected an annual volatility from 0.0001 to 5")]
    [TestCase(Put + " --vol 5.01", "--vol 5.01: expected an annual volatility from 0.0001 to 5")]
    [TestCase(Put + " --vol 20%", "--vol '20%' is not a number")]
    [TestCase(Put + " --vol", "--vol is missing")]
    [TestCase(Put + " --vol 0.2 --style", "--style is missing its value: expected american or european")]
    [TestCase(Put + " --vol 0.2 --type", "--type is missing: expected put or call")]
    [TestCase(Put + " --vol 0.2 --premium 3", "Unknown option 'premium'")]
    public void Price_BadInput_ExitsTwoNamingTheOptionAndItsRange(string arguments, string expected)
    {
        AssertBadInput(Option("price", arguments), expected);
    }

    [TestCase(Put, "--premium is missing: expected the option's price per share, a number above 0")]
    [TestCase(Put + " --premium 0", "--premium 0: expected the option's price per share, a number above 0")]
    [TestCase(Put + " --premium -1", "--premium -1: expected the option's price per share")]
    [TestCase(Put + " --premium cheap", "--premium 'cheap' is not a number")]
    [TestCase(Put + " --premium 1 --vol 0.2", "Unknown option 'vol'")]
    [TestCase("--type put --spot 100 --strike 90 --years 0 --rate 0.01 --premium 1", "--years 0: expected years to expiry above 0")]
    public void ImpliedVol_BadArguments_ExitsTwoNamingTheOptionAndItsRange(string arguments, string expected)
    {
        AssertBadInput(Option("implied-vol", arguments), expected);
    }

    // In the money by 10 (put K=110, call K=90 on S=100): a premium of 5 is below what exercising gives.
    [TestCase("put", "american", "110", "5")]
    [TestCase("put", "european", "110", "5")]
    [TestCase("call", "american", "90", "5")]
    [TestCase("call", "european", "90", "5")]
    // A call is never worth more than the stock, a put never more than the strike.
    [TestCase("call", "american", "90", "150")]
    [TestCase("call", "european", "90", "150")]
    [TestCase("put", "american", "110", "150")]
    [TestCase("put", "european", "110", "150")]
    public void ImpliedVol_PremiumNoVolatilityGives_ExitsTwoWithTheSolversReason(string type, string style, string strike, string premium)
    {
        CliRun run = Option("implied-vol", $"--type {type} --style {style} --spot 100 --strike {strike} --years 0.5 --rate 0.01 --premium {premium}");

        AssertBadInput(run, $"--premium {premium} has no implied volatility: ");
    }

    // Inputs within the ranges but far from any listed option: either a finite answer or exit code 2, never NaN,
    // Infinity or a trace (the pricer behind may manage them or not).
    [TestCase("put", "1e300", "1e-300", "100", "5", "american")]
    [TestCase("call", "1e300", "1e-300", "100", "5", "american")]
    [TestCase("put", "1e-300", "1e300", "100", "0.0001", "american")]
    [TestCase("call", "1e-300", "1e300", "100", "0.0001", "american")]
    [TestCase("put", "100", "100", "1e-12", "0.0001", "american")]
    [TestCase("call", "100", "100", "100", "5", "american")]
    [TestCase("put", "1e300", "1e-300", "100", "5", "european")]
    [TestCase("call", "1e300", "1e-300", "100", "5", "european")]
    [TestCase("put", "1e-300", "1e300", "100", "0.0001", "european")]
    [TestCase("call", "1e-300", "1e300", "100", "0.0001", "european")]
    [TestCase("put", "100", "100", "1e-12", "0.0001", "european")]
    [TestCase("call", "100", "100", "100", "5", "european")]
    public void Price_ExtremeInputs_FiniteJsonOrExitTwoNeverNaN(string type, string spot, string strike, string years, string vol, string style)
    {
        CliRun run = Option("price", $"--type {type} --style {style} --spot {spot} --strike {strike} --years {years} --rate 0.04 --vol {vol} --json");

        AssertNothingAlarming(run);
        if (run.ExitCode == ExitCodes.Success)
        {
            var json = Json(run);
            Assert.That(GreekKeys.Select(k => Number(json, k)), Has.All.Matches<double>(double.IsFinite));
        }
        else
        {
            AssertBadInput(run, "no finite");
        }
    }
}
