using Backtest.Core;
using Backtest.Core.Sweeps;

namespace Backtest.Core.Tests.Sweeps;

public class SweepGridTests
{
    private static readonly SweepGrid Grid = new([
        new GridAxis("a", "1,2", ["1", "2"]),
        new GridAxis("b", "x,y,z", ["x", "y", "z"]),
        new GridAxis("c", "p,q", ["p", "q"]),
    ]);

    [Test]
    public void Count_IsTheProductOfTheAxes() => Assert.That(Grid.Count, Is.EqualTo(12));

    [TestCase(0, "1,x,p")]
    [TestCase(1, "1,x,q")]
    [TestCase(2, "1,y,p")]
    [TestCase(5, "1,z,q")]
    [TestCase(6, "2,x,p")]
    [TestCase(11, "2,z,q")]
    public void Values_FirstAxisVariesSlowest_AsNestedLoops(long index, string expected) =>
        Assert.That(string.Join(",", Grid.Values(index)), Is.EqualTo(expected));

    [Test]
    public void Next_WalksTheSameOrderAsDecode()
    {
        int[] walked = new int[3];
        int[] decoded = new int[3];
        for (long i = 0; i < Grid.Count; i++)
        {
            Grid.Decode(i, decoded);
            Assert.That(walked, Is.EqualTo(decoded), $"combination {i}");
            Grid.Next(walked);
        }
    }

    [Test]
    public void New_NoAxes_ThrowsEmptyGrid()
    {
        var e = Assert.Throws<InputException>(() => _ = new SweepGrid([]));

        Assert.That(e!.Message, Does.Contain("at least one --grid"));
    }

    [Test]
    public void New_TooManyCombinations_Throws()
    {
        string[] thousand = Enumerable.Range(0, 1000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var e = Assert.Throws<InputException>(() => _ = new SweepGrid([new("a", "", thousand), new("b", "", thousand), new("c", "", thousand)]));

        Assert.That(e!.Message, Does.Contain("1,000,000,000 combinations"));
    }
}
