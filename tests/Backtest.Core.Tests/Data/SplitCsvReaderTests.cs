using Backtest.Core.Data;

namespace Backtest.Core.Tests.Data;

[TestFixture]
public class SplitCsvReaderTests
{
    [Test]
    public void Read_SplitsAndAReverseSplit_GiveNewSharesPerOldShare()
    {
        string path = CsvText.Write("NVDA_splits.csv", "Date,Numerator,Denominator", "2021-07-20,4,1", "2024-06-10,10,1", "2025-01-02,1,10");

        Split[] splits = SplitCsvReader.Read(path);

        Assert.That(splits, Is.EqualTo(new[]
        {
            new Split(new DateOnly(2021, 7, 20), 4), new Split(new DateOnly(2024, 6, 10), 10), new Split(new DateOnly(2025, 1, 2), 0.1),
        }));
    }

    [Test]
    public void Read_HeaderOnly_IsNoSplits()
    {
        Assert.That(SplitCsvReader.Read(CsvText.Write("X_splits.csv", "Date,Numerator,Denominator")), Is.Empty);
    }

    [TestCase("2024-06-10,0,1", "line 2: split 0:1 is not a positive ratio")]
    [TestCase("2024-06-10,ten,1", "line 2: Numerator 'ten' is not a number")]
    [TestCase("10/06/2024,10,1", "line 2: Date '10/06/2024' is not an ISO date")]
    public void Read_BadRow_ThrowsNamingFileLineAndProblem(string row, string problem)
    {
        string path = CsvText.Write("X_splits.csv", "Date,Numerator,Denominator", row);

        var error = Assert.Throws<InputException>(() => SplitCsvReader.Read(path));

        Assert.That(error!.Message, Does.StartWith(path).And.Contain(problem));
    }
}
