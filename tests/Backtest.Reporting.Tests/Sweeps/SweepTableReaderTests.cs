using Backtest.Core;
using Backtest.Reporting.Sweeps;
using Backtest.Testing;

namespace Backtest.Reporting.Tests.Sweeps;

/// <summary>sweep.csv and sweep.json read as the contract says; a missing or malformed file is an error naming the file and line.</summary>
public sealed class SweepTableReaderTests
{
    private readonly TempFolders _temporary = new();

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Read_WithoutSweepJson_ParametersAreTheColumnsBeforeTheFirstMetric()
    {
        string folder = SweepFiles.Write(_temporary.New(), "index,shortAllocation,entryDate,rebalance,strategy.sharpe,finalEquity,status\n0,0.4,2024-03-01,monthly,1.5,1200000,ok\n1,0.8,2024-04-01,none,0.5,1100000,ok\n");

        SweepTable table = SweepTableReader.Read(folder, "strategy.sharpe");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.Parameters.Select(p => (p.Name, p.Kind)), Is.EqualTo(new[]
            {
                ("shortAllocation", ParameterKind.Number), ("entryDate", ParameterKind.Date), ("rebalance", ParameterKind.Word),
            }));
            Assert.That(table.Label, Is.EqualTo(Path.GetFileName(folder)), "no sweep.json: the folder's name");
            Assert.That(table.Window, Is.Empty);
            Assert.That(table.Created, Is.EqualTo(DateTime.UnixEpoch), "never the clock");
            Assert.That(table.Rows.Select(r => r.Value), Is.EqualTo(new[] { 1.5, 0.5 }));
        }
    }

    [Test]
    public void Read_PlainMetricFirst_ParametersStopThere()
    {
        string folder = SweepFiles.Write(_temporary.New(), "index,stopLoss,finalEquity,strategy.sharpe\n0,0.1,1,2\n1,0.2,3,4\n");

        SweepTable table = SweepTableReader.Read(folder, "finalEquity");

        Assert.That(table.Parameters.Select(p => p.Name), Is.EqualTo(new[] { "stopLoss" }));
        Assert.That(table.Metric.Words, Is.EqualTo("Final equity"));
    }

    [Test]
    public void Read_WithSweepJson_GridOrderLabelWindowAndCreation()
    {
        string folder = SweepFiles.Write(
            _temporary.New(),
            "index,entryDate,shortAllocation,strategy.sharpe\n0,2024-01-01,0.5,1\n1,2024-01-01,1,2\n2,2024-02-01,0.5,3\n3,2024-02-01,1,4\n",
            """
            {"grid": [{"name": "shortAllocation", "values": ["0.5", "1"]}, {"name": "entryDate", "values": ["2024-01-01", "2024-02-01"]},
                      {"name": "rebalance", "values": ["monthly"]}],
             "metric": "strategy.sharpe", "label": "burry-13f-2025", "from": "2024-01-02", "to": "2025-11-28", "createdUtc": "2025-12-01T10:00:00Z"}
            """);

        SweepTable table = SweepTableReader.Read(folder, "strategy.sharpe");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.Parameters.Select(p => p.Name), Is.EqualTo(new[] { "shortAllocation", "entryDate" }), "the grid's order; rebalance has one value and no column");
            Assert.That(table.Label, Is.EqualTo("burry-13f-2025"));
            Assert.That(table.Window, Is.EqualTo("2024-01-02 to 2025-11-28"));
            Assert.That(table.Created, Is.EqualTo(new DateTime(2025, 12, 1, 10, 0, 0, DateTimeKind.Utc)));
        }
    }

    [Test]
    public void Read_ValuesSpelledTwoWays_AreOneValueSortedByMeaning()
    {
        string folder = SweepFiles.Write(_temporary.New(), "index,shortAllocation,strategy.sharpe\n0,1,1\n1,0.10,2\n2,0.5,3\n3,0.1,4\n");

        SweepTable table = SweepTableReader.Read(folder, "strategy.sharpe");

        Assert.That(table.Parameters[0].Values, Is.EqualTo(new[] { "0.10", "0.5", "1" }), "ascending; 0.10 and 0.1 are one");
        Assert.That(table.Rows.Select(r => r.Levels[0]), Is.EqualTo(new[] { 2, 0, 1, 0 }));
    }

    [Test]
    public void Read_StatusAndMissingCells_HaveNoValue()
    {
        string folder = SweepFiles.Write(_temporary.New(), "index,shortAllocation,strategy.sharpe,ruined,status\n0,0.1,1,false,ok\n1,0.2,NaN,false,ok\n2,0.3,,true,ok\n3,0.4,5,false,\"error: x, y\"\n4,0.5,-Infinity,false,ok\n");

        SweepTable table = SweepTableReader.Read(folder, "strategy.sharpe");
        SweepTable ruin = SweepTableReader.Read(folder, "ruined");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.Rows.Select(r => r.HasValue), Is.EqualTo(new[] { true, false, false, false, false }));
            Assert.That(table.Missing, Is.EqualTo(4));
            Assert.That(ruin.Rows.Select(r => r.Value), Is.EqualTo(new[] { 0, 0, 1, double.NaN, 0 }), "true/false as 1/0; the failed row none");
            Assert.That(ruin.Metric.HigherIsBetter, Is.False);
        }
    }

    [Test]
    public void Read_LinesOutOfIndexOrder_RowsAndWordsInGridOrder()
    {
        string folder = SweepFiles.Write(_temporary.New(), "index,rebalance,strategy.sharpe\n2,monthly,2\n0,none,2\n1,weekly,1\n");

        SweepTable table = SweepTableReader.Read(folder, "strategy.sharpe");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.Rows.Select(r => r.Index), Is.EqualTo(new[] { 0, 1, 2 }));
            Assert.That(table.Parameters[0].Values, Is.EqualTo(new[] { "none", "weekly", "monthly" }));
            Assert.That(table.Best!.Index, Is.EqualTo(0), "a tie goes to the first in the grid, not in the file");
        }
    }

    [TestCase("shortAllocation", "parameter")]
    [TestCase("index", "index")]
    [TestCase("status", "status")]
    public void Write_MetricIsNotAMetricColumn_IsAnInputException(string column, string what)
    {
        string folder = SweepFiles.Write(_temporary.New(), "index,shortAllocation,strategy.sharpe,status\n0,0.1,1,ok\n1,0.2,2,ok\n");

        var e = Assert.Throws<InputException>(() => SweepFigures.Write(folder, column, ReportOptions.Default));

        Assert.That(e!.Message, Does.Contain("sweep.csv, line 1").And.Contain($"'{column}' is not a metric column but the sweep's {what}"));
    }

    [Test]
    public void Read_NoCsv_IsAnInputExceptionNamingTheFile()
    {
        string folder = _temporary.New();

        var e = Assert.Throws<InputException>(() => SweepFigures.Write(folder, "strategy.sharpe", ReportOptions.Default));

        Assert.That(e!.Message, Does.Contain(Path.Combine(folder, "sweep.csv")).And.Contain("does not exist"));
    }

    [TestCase("index,shortAllocation,strategy.sharpe\n0,0.1,1\n1,0.2\n", "line 3", "2 fields")]
    [TestCase("index,shortAllocation,strategy.sharpe\n0,0.1,1\n1,0.2,2\n2,0.3,high\n", "line 4", "'high' is not a number")]
    [TestCase("index,shortAllocation,strategy.sharpe\n0,0.1,1\nx,0.2,2\n", "line 3", "index 'x'")]
    [TestCase("index,shortAllocation,strategy.sharpe\n0,0.1,1\n1,,2\n", "line 3", "no value for 'shortAllocation'")]
    [TestCase("combination,shortAllocation,strategy.sharpe\n0,0.1,1\n", "line 1", "'index'")]
    [TestCase("index,shortAllocation,strategy.cagr\n0,0.1,1\n", "line 1", "no column 'strategy.sharpe'")]
    [TestCase("index,strategy.sharpe\n0,1\n", "line 1", "no parameter columns")]
    [TestCase("index,shortAllocation,strategy.sharpe\n0,0.1,1\n1,\"0.2,2\n2,0.3,3\n", "line 3", "malformed")]
    [TestCase("index,shortAllocation,strategy.sharpe\n", "sweep.csv", "no combinations")]
    [TestCase("", "line 1", "'index'")]
    public void Write_MalformedCsv_IsAnInputExceptionNamingTheFileAndLine(string csv, string where, string what)
    {
        string folder = SweepFiles.Write(_temporary.New(), csv);

        var e = Assert.Throws<InputException>(() => SweepFigures.Write(folder, "strategy.sharpe", ReportOptions.Default));

        Assert.That(e!.Message, Does.Contain(Path.Combine(folder, "sweep.csv")).And.Contain(where).And.Contain(what));
        Assert.That(Directory.Exists(Path.Combine(folder, "figures")), Is.False, "nothing written");
    }

    [Test]
    public void Write_OnlyOneValue_IsAnInputException()
    {
        string folder = SweepFiles.Write(_temporary.New(), "index,shortAllocation,strategy.sharpe\n0,0.1,1\n");

        var e = Assert.Throws<InputException>(() => SweepFigures.Write(folder, "strategy.sharpe", ReportOptions.Default));

        Assert.That(e!.Message, Does.Contain("sweep.csv").And.Contain("one value"));
    }

    [TestCase("{\"grid\": [", "line 1")]
    [TestCase("{\"grid\": [{\"values\": [\"1\"]}]}", "grid entry 1 has no name")]
    [TestCase("{\"grid\": [{\"name\": \"stopLoss\", \"values\": [\"0.1\", \"0.2\"]}]}", "no column 'stopLoss'")]
    public void Write_BadSweepJson_IsAnInputExceptionNamingTheFile(string json, string what)
    {
        string folder = SweepFiles.Write(_temporary.New(), "index,shortAllocation,strategy.sharpe\n0,0.1,1\n1,0.2,2\n", json);

        var e = Assert.Throws<InputException>(() => SweepFigures.Write(folder, "strategy.sharpe", ReportOptions.Default));

        Assert.That(e!.Message, Does.Contain(folder).And.Contain(what));
    }
}
