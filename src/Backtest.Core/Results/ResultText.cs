using System.Globalization;
using System.Text;

namespace Backtest.Core.Results;

/// <summary>How result files write dates and names: one convention for every file.</summary>
public static class ResultText
{
    /// <summary>yyyy-MM-dd.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>PascalCase to kebab-case (<c>MarginCall</c> becomes <c>margin-call</c>).</summary>
    public static string Kebab(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (int k = 0; k < name.Length; k++)
        {
            if (char.IsUpper(name[k]) && k > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[k]));
        }

        return text.ToString();
    }
}
