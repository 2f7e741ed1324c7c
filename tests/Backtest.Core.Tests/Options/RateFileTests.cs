using Backtest.Core.Options;
using Backtest.Testing;

namespace Backtest.Core.Tests.Options;

[TestFixture]
public class RateFileTests
{
    private readonly TempFolders _temporary = new();

    [TearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void ByDay_Rows_HoldUntilTheNextAndTheConstantBeforeTheFirst()
    {
        string path = Write("Date,Rate\n2025-10-02,0.041\n2025-10-06,0.039\n");
        DateOnly[] days = [new(2025, 10, 1), new(2025, 10, 2), new(2025, 10, 3), new(2025, 10, 6), new(2025, 10, 7)];

        double[] rates = RateFile.ByDay(path, days, before: 0.04);

        Assert.That(rates, Is.EqualTo(new[] { 0.04, 0.041, 0.041, 0.039, 0.039 }));
    }

    [TestCase("Date,Rate\n2025-10-02,4.5\n", "line 2", "0.045 for 4.5%", TestName = "ByDay_PercentInsteadOfFraction_NamesTheLine")]
    [TestCase("Date,Yield\n2025-10-02,0.04\n", "Rate", "", TestName = "ByDay_NoRateColumn_SaysWhichColumnIsMissing")]
    [TestCase("Date,Rate\n", "no", "", TestName = "ByDay_HeaderOnly_IsAnError")]
    public void ByDay_BadFile_IsAnInputErrorNamingTheFile(string text, string part, string more)
    {
        string path = Write(text);

        var error = Assert.Throws<InputException>(() => RateFile.ByDay(path, [new(2025, 10, 2)], 0.04));

        Assert.That(error!.Message, Does.Contain(path).And.Contain(part).And.Contain(more));
    }

    [Test]
    public void ByDay_MissingFile_SaysSoAndWhatItShouldHold()
    {
        var error = Assert.Throws<InputException>(() => RateFile.ByDay("/no/such/rates.csv", [new(2025, 10, 2)], 0.04));

        Assert.That(error!.Message, Does.Contain("/no/such/rates.csv").And.Contain("Date,Rate"));
    }

    private string Write(string text)
    {
        string path = Path.Combine(_temporary.New(), "rates.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
