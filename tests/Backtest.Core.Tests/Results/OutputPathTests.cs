using Backtest.Core.Results;
using Backtest.Testing;

namespace Backtest.Core.Tests.Results;

/// <summary>Names from files and parameters become one plain folder under the root, or are refused before anything is written.</summary>
public class OutputPathTests
{
    private readonly TempFolders _temporary = new();

    [TearDown]
    public void DeleteFolders() => _temporary.DeleteAll();

    [TestCase("", "it is empty")]
    [TestCase("  ", "it is blank")]
    [TestCase(".", "starts with a dot")]
    [TestCase("..", "starts with a dot")]
    [TestCase(".hidden", "starts with a dot")]
    [TestCase("a/../../b", "path separator")]
    [TestCase("/etc", "path separator")]
    [TestCase("a\\b", "path separator")]
    [TestCase("a\u001b[2Jb", "control character")]
    public void CheckName_NotAPlainName_IsRefusedNamingWhereItCameFrom(string name, string why)
    {
        var e = Assert.Throws<InputException>(() => OutputPath.CheckName(name, "strategies/x.preset"));

        Assert.That(e!.Message, Does.StartWith("strategies/x.preset: ").And.Contain(why));
        Assert.That(e.Message, Does.Not.Contain("\u001b"), "a control character is shown escaped");
    }

    [TestCase("burry-13f-2025")]
    [TestCase("buy_and_hold")]
    [TestCase("v1.2")]
    public void CheckName_PlainName_Passes(string name) =>
        Assert.DoesNotThrow(() => OutputPath.CheckName(name, "here"));

    [TestCase("")]
    [TestCase(" ")]
    public void Under_EmptyRoot_IsRefused(string root)
    {
        var e = Assert.Throws<InputException>(() => OutputPath.Under(root, "burry-13f-2025", "here"));

        Assert.That(e!.Message, Does.Contain("--out is empty"));
    }

    [Test]
    public void Under_LinkBelowTheRoot_IsRefused()
    {
        string root = _temporary.New(), elsewhere = _temporary.New();
        Directory.CreateSymbolicLink(Path.Combine(root, "burry-13f-2025"), elsewhere);

        var e = Assert.Throws<InputException>(() => OutputPath.Under(root, "burry-13f-2025", "here"));

        Assert.That(e!.Message, Does.Contain("symbolic link").And.Contain(elsewhere));
    }

    [Test]
    public void Under_RealFolderOrNone_GivesTheFolderUnderTheRoot()
    {
        string root = _temporary.New();
        Directory.CreateDirectory(Path.Combine(root, "a"));

        Assert.That(OutputPath.Under(root, "a", "here"), Is.EqualTo(Path.Combine(root, "a")));
        Assert.That(OutputPath.Under(root, "b", "here"), Is.EqualTo(Path.Combine(root, "b")));
    }
}
