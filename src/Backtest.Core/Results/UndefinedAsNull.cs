using System.Text.Json;
using System.Text.Json.Serialization;

namespace Backtest.Core.Results;

/// <summary>
/// Writes a number that is not one (an undefined ratio: the Sharpe ratio of a flat curve is NaN in the metrics) as JSON
/// <c>null</c>, and reads <c>null</c> (or the <c>"NaN"</c> of folders written before) back as NaN: a result file holds
/// numbers or nothing, never a number that is not a number.
/// </summary>
public sealed class UndefinedAsNull : JsonConverter<double>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => double.NaN,
        JsonTokenType.String when reader.GetString() is "NaN" => double.NaN,
        _ => reader.GetDouble(),
    };

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
