using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Backtest.Core.Metrics;
using Backtest.Core.Results;

namespace Backtest.Core.Sweeps;

/// <summary>
/// <see cref="RunMetrics"/> flattened to a fixed row of doubles: every number, count, flag and date of <c>metrics.json</c>,
/// in its order and under its JSON path (<c>finalEquity</c>, <c>strategy.sharpe</c>, <c>exposure.averageDeltaNet</c>,
/// <c>costs.borrowFees</c>, <c>trades</c>). Texts (the benchmark's ticker) and lists (the cost split, each ticker's P&amp;L)
/// are left out: their length varies between combinations. A part that is null (the benchmark's metrics without a
/// benchmark) is <see cref="Missing"/>, written as an empty cell.
/// </summary>
public static class MetricColumns
{
    // A quiet NaN with a payload no arithmetic makes: "no value", told apart from a NaN ratio (written "NaN").
    private const long MissingBits = 0x7FF8_0000_0000_0BADL;

    private static readonly Action<RunMetrics, double[], int> Writer;

    // A copy of the results' JSON settings (names and order as metrics.json has them) that can hand out its contract.
    private static readonly System.Text.Json.JsonSerializerOptions Contract = new(ResultFolder.Json) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    static MetricColumns()
    {
        var columns = new List<MetricColumn>();
        ParameterExpression metrics = Expression.Parameter(typeof(RunMetrics), "metrics");
        ParameterExpression row = Expression.Parameter(typeof(double[]), "row");
        ParameterExpression offset = Expression.Parameter(typeof(int), "offset");
        var variables = new List<ParameterExpression>();
        List<Expression> body = Flatten(metrics, typeof(RunMetrics), string.Empty, columns, row, offset, variables);
        body.Add(Expression.Empty());
        Writer = Expression.Lambda<Action<RunMetrics, double[], int>>(Expression.Block(variables, body), metrics, row, offset).Compile();
        All = columns;
    }

    /// <summary>The columns, in <c>metrics.json</c>'s order.</summary>
    public static IReadOnlyList<MetricColumn> All { get; }

    /// <summary>The value of a cell with nothing in it (the benchmark's metrics of a run without one).</summary>
    public static double Missing { get; } = BitConverter.Int64BitsToDouble(MissingBits);

    /// <summary>Whether <paramref name="value"/> is <see cref="Missing"/>.</summary>
    public static bool IsMissing(double value) => BitConverter.DoubleToInt64Bits(value) == MissingBits;

    /// <summary>Writes every column of <paramref name="metrics"/> into <paramref name="row"/> from <paramref name="offset"/>.</summary>
    public static void Fill(RunMetrics metrics, double[] row, int offset) => Writer(metrics, row, offset);

    /// <summary>The text of a cell of <paramref name="kind"/> that is not a plain number (empty for a missing value), or null for a number.</summary>
    public static string? Text(SweepColumnKind kind, double value) =>
        IsMissing(value) ? string.Empty : kind switch
        {
            SweepColumnKind.Integer => ((long)value).ToString(CultureInfo.InvariantCulture),
            SweepColumnKind.Boolean => value != 0 ? "true" : "false",
            SweepColumnKind.Date => DateOnly.FromDayNumber((int)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => null,
        };

    // Walks the JSON contract of metrics.json (its names and order), emitting one assignment per scalar leaf.
    private static List<Expression> Flatten(Expression source, Type type, string prefix, List<MetricColumn> columns, ParameterExpression row, ParameterExpression offset, List<ParameterExpression> variables)
    {
        var statements = new List<Expression>();
        JsonTypeInfo info = Contract.GetTypeInfo(type);
        foreach (JsonPropertyInfo property in info.Properties)
        {
            if (property.AttributeProvider is not PropertyInfo member)
            {
                continue;
            }

            string name = prefix + property.Name;
            Expression value = Expression.Property(source, member);
            Type valueType = member.PropertyType;
            Type? underlying = Nullable.GetUnderlyingType(valueType);
            if (LeafKind(underlying ?? valueType) is { } kind)
            {
                int column = columns.Count;
                columns.Add(new MetricColumn(name, kind));
                Expression cell = underlying is null
                    ? AsDouble(value, kind)
                    : Expression.Condition(Expression.Property(value, "HasValue"), AsDouble(Expression.Property(value, "Value"), kind), Expression.Constant(Missing));
                statements.Add(Assign(row, offset, column, cell));
                continue;
            }

            if (valueType == typeof(string) || typeof(System.Collections.IEnumerable).IsAssignableFrom(valueType) || !valueType.IsClass)
            {
                continue;
            }

            ParameterExpression part = Expression.Variable(valueType, property.Name);
            variables.Add(part);
            int first = columns.Count;
            List<Expression> inner = Flatten(part, valueType, name + ".", columns, row, offset, variables);
            var missing = new List<Expression>();
            for (int c = first; c < columns.Count; c++)
            {
                missing.Add(Assign(row, offset, c, Expression.Constant(Missing)));
            }

            statements.Add(Expression.Assign(part, value));
            statements.Add(Expression.IfThenElse(
                Expression.NotEqual(part, Expression.Constant(null, valueType)),
                Expression.Block(inner.Append(Expression.Empty())),
                Expression.Block(missing.Append(Expression.Empty()))));
        }

        return statements;
    }

    private static Expression Assign(ParameterExpression row, ParameterExpression offset, int column, Expression value) =>
        Expression.Assign(Expression.ArrayAccess(row, Expression.Add(offset, Expression.Constant(column))), value);

    private static SweepColumnKind? LeafKind(Type type) =>
        type == typeof(double) ? SweepColumnKind.Number
        : type == typeof(int) || type == typeof(long) ? SweepColumnKind.Integer
        : type == typeof(bool) ? SweepColumnKind.Boolean
        : type == typeof(DateOnly) ? SweepColumnKind.Date
        : null;

    private static Expression AsDouble(Expression value, SweepColumnKind kind) => kind switch
    {
        SweepColumnKind.Boolean => Expression.Condition(value, Expression.Constant(1.0), Expression.Constant(0.0)),
        SweepColumnKind.Date => Expression.Convert(Expression.Property(value, nameof(DateOnly.DayNumber)), typeof(double)),
        SweepColumnKind.Integer => Expression.Convert(value, typeof(double)),
        _ => value,
    };
}
