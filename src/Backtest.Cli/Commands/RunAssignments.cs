using Backtest.Core.Parameters;

namespace Backtest.Cli.Commands;

/// <summary>The parameter assignments of the options <c>run</c> and <c>sweep</c> share, in the order they apply.</summary>
internal static class RunAssignments
{
    /// <summary>Each <c>--set</c>, then <c>--from</c>, <c>--to</c>, <c>--benchmark</c>, <c>--columns</c> and <c>--date-format</c> when given.</summary>
    public static List<Assignment> Of(IEnumerable<string> sets, string? from, string? to, string? benchmark, string? columns, string? dateFormat)
    {
        var assignments = new List<Assignment>();
        foreach (string set in sets)
        {
            assignments.Add(Assignment.FromCommandLine(set));
        }

        Assignment.AddOption(assignments, "from", "--from", from);
        Assignment.AddOption(assignments, "to", "--to", to);
        Assignment.AddOption(assignments, "benchmark", "--benchmark", benchmark);
        Assignment.AddOption(assignments, "columns", "--columns", columns);
        Assignment.AddOption(assignments, "dateFormat", "--date-format", dateFormat);
        return assignments;
    }
}
