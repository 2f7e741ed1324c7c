using Backtest.Reporting.Output;

namespace Backtest.Reporting.Tests.Output;

public sealed class OptionGroupsTests
{
    [TestCase("PLTR 2027-01-15 P 50", "PLTR puts")]
    [TestCase("NVDA 2026-03-20 C 212.5", "NVDA calls")]
    [TestCase("BRK.B 2026-06-18 P 400", "BRK.B puts")]
    [TestCase("MSFT", "MSFT")]
    public void Of_Name_IsTheContractsUnderlyingAndRight(string name, string group) =>
        Assert.That(OptionGroups.Of(name), Is.EqualTo(group));
}
