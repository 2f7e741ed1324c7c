namespace Backtest.Core;

/// <summary>Bad input from the user (a file, a parameter, a date): one clear message, exit code 2.</summary>
/// <remarks>
/// The message names the place (file and line, or the parameter's origin), what is wrong and what is
/// valid. Factories for each area live beside it (<see cref="Data.DataErrors"/>,
/// <see cref="Parameters.ParameterErrors"/>) so that messages are kept in one class per area.
/// </remarks>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception with a message meant for the user.</summary>
    public InputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message meant for the user and the failure under it.</summary>
    public InputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
