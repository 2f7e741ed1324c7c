using System.Globalization;
using System.Text.Json;
using Backtest.Core.Options.Pricing;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// <c>option price</c> and <c>option implied-vol</c>: reference prices through the JSON output, the round trip from a
/// price to its implied volatility, one JSON object and nothing else on stdout, and a readable table.
/// </summary>
public partial class OptionCommandTests
{
    // Hull's example 15.6: S=42, K=40, r=10%, vol 20%, six months.
    private const string Hull = "--style european --spot 42 --strike 40 --years 0.5 --rate 0.10 --vol 0.20";

    // The Burry PLTR put: PLTR's close on 2025-10-01, the January 2027 50 strike, 471 days.
    private const string BurryPut = "--type put --spot 184.95 --strike 50 --years 1.2904109589041095 --rate 0.04";

    private static readonly string[] GreekKeys = ["price", "delta", "gamma", "vega", "theta", "rho"];

    private static CliRun Option(string command, string arguments) =>
        TestCli.Run(["option", command, .. arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

    // The output must be one JSON object on one line and nothing else: JsonDocument refuses anything after the object.
    private static JsonElement Json(CliRun run)
    {
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Output, Does.StartWith("{").And.EndWith("}" + Environment.NewLine));
        Assert.That(run.Output.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line");
        using JsonDocument document = JsonDocument.Parse(run.Output);
        return document.RootElement.Clone();
    }

    private static double Number(JsonElement json, string key) => json.GetProperty(key).GetDouble();

    [TestCase("call", 4.7594)]
    [TestCase("put", 0.8086)]
    public void Price_HullEuropean_MatchesTheBookToFourDecimals(string type, double expected)
    {
        JsonElement json = Json(Option("price", $"--type {type} {Hull} --json"));

        Assert.That(Number(json, "price"), Is.EqualTo(expected).Within(0.00005));
    }

    [TestCase("call", 12.111581435)]
    [TestCase("put", 1.662704562)]
    public void Price_EuropeanS100K90_MatchesReferenceToOneBillionth(string type, double expected)
    {
        JsonElement json = Json(Option("price", $"--type {type} --style european --spot 100 --strike 90 --years 0.5 --rate 0.01 --vol 0.2 --json"));

        Assert.That(Number(json, "price"), Is.EqualTo(expected).Within(1e-9));
    }

    [TestCase("--style american")]
    [TestCase("")]
    public void Price_AmericanPutHull_WithinATenthOfACentOfTheBook(string style)
    {
        JsonElement json = Json(Option("price", $"--type put {style} --spot 36 --strike 40 --years 1 --rate 0.06 --vol 0.2 --json"));

        Assert.That(Number(json, "price"), Is.EqualTo(4.4867).Within(0.001));
        Assert.That(json.GetProperty("style").GetString(), Is.EqualTo("american"), "american is the default");
    }

    [TestCase("put", "american")]
    [TestCase("call", "european")]
    public void Price_Json_HoldsThePricersGreeksExactlyInRawUnitsWithTheInputs(string type, string style)
    {
        JsonElement json = Json(Option("price", $"--type {type} --style {style} --spot 184.95 --strike 50 --years 1.29 --rate 0.04 --dividend-yield 0.001 --vol 0.76 --json"));

        OptionRight right = type == "put" ? OptionRight.Put : OptionRight.Call;
        OptionStyle exercise = style == "american" ? OptionStyle.American : OptionStyle.European;
        OptionGreeks greeks = OptionPricer.Greeks(right, exercise, new OptionInputs(184.95, 50, 1.29, 0.04, 0.001, 0.76));
        double[] expected = [greeks.Price, greeks.Delta, greeks.Gamma, greeks.Vega, greeks.Theta, greeks.Rho];
        Assert.That(GreekKeys.Select(k => Number(json, k)), Is.EqualTo(expected), "every digit survives the JSON");
        Assert.That(json.GetProperty("type").GetString(), Is.EqualTo(type));
        Assert.That(json.GetProperty("style").GetString(), Is.EqualTo(style));
        Assert.That(
            new[] { "spot", "strike", "years", "rate", "dividendYield", "vol" }.Select(k => Number(json, k)),
            Is.EqualTo(new[] { 184.95, 50, 1.29, 0.04, 0.001, 0.76 }));
    }

    [Test]
    public void Price_NegativeRate_IsReadAsTheRateNotAnOption()
    {
        JsonElement json = Json(Option("price", $"--type call {Hull.Replace("--rate 0.10", "--rate -0.01", StringComparison.Ordinal)} --json"));

        Assert.That(Number(json, "rate"), Is.EqualTo(-0.01));
    }

    [TestCase("put", "american")]
    [TestCase("call", "american")]
    [TestCase("put", "european")]
    [TestCase("call", "european")]
    public void ImpliedVol_PremiumPricedAtAVol_GivesThatVolBack(string type, string style)
    {
        string inputs = $"--type {type} --style {style} --spot 100 --strike 110 --years 0.75 --rate 0.03 --dividend-yield 0.01";
        double premium = Number(Json(Option("price", $"{inputs} --vol 0.35 --json")), "price");

        JsonElement json = Json(Option("implied-vol", $"{inputs} --premium {premium.ToString("R", CultureInfo.InvariantCulture)} --json"));

        Assert.That(Number(json, "vol"), Is.EqualTo(0.35).Within(1e-6));
        Assert.That(Number(json, "premium"), Is.EqualTo(premium));
    }

    [Test]
    public void ImpliedVol_BurryPltrPut_IsAVolatilityAndThePricerGivesThePremiumBack()
    {
        JsonElement json = Json(Option("implied-vol", $"{BurryPut} --premium 1.84 --json"));

        double vol = Number(json, "vol");
        Assert.That(vol, Is.InRange(0.3, 1.5), "PLTR's options traded at 60 to 80% in 2025");
        var inputs = new OptionInputs(184.95, 50, 471.0 / 365, 0.04, 0, vol);
        Assert.That(OptionPricer.Price(OptionRight.Put, OptionStyle.American, inputs), Is.EqualTo(1.84).Within(1e-6));
    }

    [Test]
    public void Price_Table_ShowsInputsPriceAndGreeksWithTheirUnits()
    {
        CliRun run = Option("price", $"--type call {Hull}");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Output, Does.Contain("european call"));
        Assert.That(run.Output, Does.Contain("Price").And.Contain("4.75942"));
        Assert.That(run.Output, Does.Contain("Volatility").And.Contain("20%"));
        Assert.That(run.Output, Does.Contain("per vol point").And.Contain("per calendar day").And.Contain("per rate point"));
    }

    [Test]
    public void Price_Table_ScalesVegaThetaAndRhoAsTradersReadThem()
    {
        OptionGreeks greeks = OptionPricer.Greeks(OptionRight.Call, OptionStyle.European, new OptionInputs(42, 40, 0.5, 0.10, 0, 0.20));

        CliRun run = Option("price", $"--type call {Hull}");

        Assert.That(run.Output, Does.Contain((greeks.Vega / 100).ToString("G6", CultureInfo.InvariantCulture)), "vega per vol point");
        Assert.That(run.Output, Does.Contain((greeks.Theta / 365).ToString("G6", CultureInfo.InvariantCulture)), "theta per day");
        Assert.That(run.Output, Does.Contain((greeks.Rho / 100).ToString("G6", CultureInfo.InvariantCulture)), "rho per rate point");
    }

    [Test]
    public void ImpliedVol_Table_ShowsTheVolAsAPercentageAndTheInputs()
    {
        CliRun run = Option("implied-vol", $"{BurryPut} --premium 1.84");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Output, Does.Contain("american put"));
        Assert.That(run.Output, Does.Match(@"Implied volatility\s*│\s*\d+\.\d\d%"));
        Assert.That(run.Output, Does.Contain("184.95").And.Contain("1.84").And.Contain("4%"));
    }

    [TestCase("price", "--vol 0.76")]
    [TestCase("implied-vol", "--premium 1.84")]
    public void Table_EightyColumnConsole_FitsWithoutWrapping(string command, string last)
    {
        CliRun run = OnConsole(new TestConsole().Width(80), ["option", command, .. $"{BurryPut} {last}".Split(' ')]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Output.Split('\n').Select(l => l.TrimEnd().Length), Has.All.LessThanOrEqualTo(80));
        Assert.That(run.Output, Does.Contain("Dividend yield").And.Contain("184.95"));
    }

    [TestCase("price", "--vol 0.76")]
    [TestCase("implied-vol", "--premium 1.84")]
    public void Json_NarrowColourConsole_NeitherWrappedNorColoured(string command, string last)
    {
        var console = new TestConsole().Width(40).Colors(ColorSystem.TrueColor).EmitAnsiSequences();

        CliRun run = OnConsole(console, ["option", command, .. $"{BurryPut} {last} --json".Split(' ')]);

        Assert.That(run.Output, Does.Not.Contain("\u001b"), "no escape sequences");
        Assert.That(Json(run).GetProperty("spot").GetDouble(), Is.EqualTo(184.95));
    }

    [Test]
    public void Help_Price_StatesTheDefaultStyleAndTheUnits()
    {
        CliRun run = TestCli.Run("option", "price", "--help");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Output, Does.Contain("--style").And.Contain("american (the default"));
        Assert.That(run.Output, Does.Contain("vega per 1.00 of vol, theta per year, rho per 1.00 of rate"));
        Assert.That(run.Output, Does.Contain("backtest option price --type put --spot 184.95 --strike 50"));
    }

    [Test]
    public void Help_Option_ListsBothCommands()
    {
        CliRun run = TestCli.Run("option", "--help");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Output, Does.Contain("price").And.Contain("implied-vol"));
    }

    private static CliRun OnConsole(TestConsole console, string[] args)
    {
        using var consoles = new CliConsoles(console);
        return consoles.Run(args, TestCli.Environment());
    }
}
