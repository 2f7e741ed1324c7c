using Spectre.Console;
using Spectre.Console.Rendering;

namespace Backtest.Cli.Output;

/// <summary>
/// One line of text for a person or a log to read: an error, a note, where the results went. Printed whole, as
/// <see cref="TerminalText"/> makes it, with an optional coloured label (<c>Error:</c>) in front.
/// </summary>
/// <remarks>
/// Spectre's <see cref="Text"/> and <see cref="Markup"/> wrap at the console's width, which is 80 columns when the output
/// goes to a file or a pipe, so a long path or URL would be broken mid-word over two lines of a log. This line is never
/// wrapped: a terminal folds it on screen itself, and a log keeps it whole, one line a message. The text is never read
/// as markup, so square brackets from an input are printed as they are.
/// </remarks>
public sealed class MessageLine : IRenderable
{
    private readonly Segment[] _segments;

    /// <summary>A line of <paramref name="text"/>.</summary>
    public MessageLine(string text)
    {
        _segments = [new Segment(TerminalText.Escape(text)), Segment.LineBreak];
    }

    /// <summary>A line of <paramref name="label"/> in <paramref name="labelStyle"/> (colour only where the console has it), a space, and <paramref name="text"/>.</summary>
    public MessageLine(string label, Style labelStyle, string text)
    {
        _segments = [new Segment(label, labelStyle), new Segment(" " + TerminalText.Escape(text)), Segment.LineBreak];
    }

    /// <inheritdoc/>
    public Measurement Measure(RenderOptions options, int maxWidth)
    {
        int width = Segment.CellCount(_segments);
        return new Measurement(width, width);
    }

    /// <inheritdoc/>
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => _segments;
}
