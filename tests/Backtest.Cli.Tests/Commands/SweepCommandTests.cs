using System.Globalization;
using System.Text.Json;
using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// <c>sweep</c> driven in-process (and, for shards and kills, as real child processes): each test gets its own empty
/// <c>--out</c> folder under the system's temporary folder.
/// </summary>
public partial class SweepCommandTests
{
    private const string Burry = "burry-13f-2025";

    private readonly TempFolders _temporary = new();
    private string _out = string.Empty;

    [SetUp]
    public void CreateOutFolder() => _out = _temporary.New();

    [TearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    // sweep on the fixture prices under this test's --out folder, without figures.
    private CliRun SweepOnFixtures(params string[] args) => SweepOn(TestCli.FixturePrices, _out, args);

    private static CliRun SweepOn(string data, string output, params string[] args) =>
        TestCli.Run(["sweep", .. args, "--data", data, "--out", output, "--no-figures"]);

    private static CliRun SweepIn(CliEnvironment environment, string output, params string[] args) =>
        TestCli.Run(environment, ["sweep", .. args, "--data", TestCli.FixturePrices, "--out", output, "--no-figures"]);

    // The finished sweep folders under a label, in name order (work folders are hidden and left out).
    private static string[] SweepFolders(string output, string label)
    {
        string parent = Path.Combine(output, label);
        return Directory.Exists(parent)
            ? Directory.GetDirectories(parent).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal).ToArray()
            : [];
    }

    private static string SingleSweepFolder(string output, string label)
    {
        string[] folders = SweepFolders(output, label);
        Assert.That(folders, Has.Length.EqualTo(1), $"sweep folders under {Path.Combine(output, label)}");
        return folders[0];
    }

    private static void AssertSucceeded(CliRun run) => Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);

    // Asserts that the sweep.csv cell equals the metrics.json value exactly: the same double, bit for bit.
    private static void AssertSameValue(JsonElement json, string cell, string column)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Number:
                double expected = json.GetDouble();
                double actual = double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
                Assert.That(BitConverter.DoubleToInt64Bits(actual), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), $"{column}: {cell} against {json.GetRawText()}");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.That(cell, Is.EqualTo(json.ValueKind == JsonValueKind.True ? "true" : "false"), column);
                break;
            case JsonValueKind.Null:
                Assert.That(cell, Is.Empty, column);
                break;
            default:
                Assert.That(cell, Is.EqualTo(json.GetString()), column);
                break;
        }
    }
}
