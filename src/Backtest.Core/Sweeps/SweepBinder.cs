using Backtest.Core.Parameters;

namespace Backtest.Core.Sweeps;

/// <summary>
/// Binds each combination's parameter instances cheaply: the preset and <c>--set</c> are bound once, each grid value once
/// (on top of them, through <see cref="ParameterBinder"/>, so that every value is checked with the run's messages before
/// anything runs); a combination then takes a new instance of each group it varies (and always of the strategy, which may
/// keep state while it runs) with those values set. Groups it does not vary are shared: they are immutable records.
/// </summary>
internal sealed class SweepBinder
{
    private readonly ParameterSlots[] _groups;
    private readonly int[] _axisGroup;
    private readonly int[] _axisSlot;
    private readonly object?[][] _axisValues;
    private readonly bool[] _varied;

    public SweepBinder(IReadOnlyList<ParameterGroup> groups, IReadOnlyList<Assignment> baseAssignments, IReadOnlyList<GridAxis> axes)
    {
        object[] bound = ParameterBinder.Bind(groups, baseAssignments);
        _groups = new ParameterSlots[groups.Count];
        for (int g = 0; g < groups.Count; g++)
        {
            _groups[g] = new ParameterSlots(groups[g], bound[g]);
        }

        _axisGroup = new int[axes.Count];
        _axisSlot = new int[axes.Count];
        _axisValues = new object?[axes.Count][];
        _varied = new bool[groups.Count];
        var taken = new Dictionary<(int, int), string>();
        for (int a = 0; a < axes.Count; a++)
        {
            GridAxis axis = axes[a];
            string origin = $"--grid {axis.Name}={axis.Spec}";
            int dot = axis.Name.IndexOf('.', StringComparison.Ordinal);
            string name = dot < 0 ? axis.Name : axis.Name[..dot];
            (int group, ParameterSpec spec) = ParameterBinder.Find(groups, name, new Assignment(axis.Name, axis.Spec, origin));

            int slot = _groups[group].SlotOf(spec);
            if (!taken.TryAdd((group, slot), axis.Name))
            {
                throw SweepErrors.SameParameterTwice(taken[(group, slot)], axis.Name);
            }

            _axisGroup[a] = group;
            _axisSlot[a] = slot;
            _varied[group] = true;
            _axisValues[a] = new object?[axis.Values.Count];
            if (dot < 0 && spec.Kind is not ParameterKind.PerTickerNumber and not ParameterKind.DatedText)
            {
                // A plain value replaces the base's whatever it was: parse it as the binder would, with its messages.
                for (int v = 0; v < axis.Values.Count; v++)
                {
                    var assignment = new Assignment(axis.Name, axis.Values[v], origin);
                    _axisValues[a][v] = ParameterText.TryParse(spec, assignment.Value, out object? value, out string problem)
                        ? value
                        : throw ParameterErrors.InvalidValue(assignment, spec, problem);
                }

                continue;
            }

            // A per-ticker rate or a dated note adds to the base's value: bind it on top of the preset and --set.
            var assignments = new List<Assignment>(baseAssignments) { new(axis.Name, string.Empty, origin) };
            for (int v = 0; v < axis.Values.Count; v++)
            {
                assignments[^1] = new Assignment(axis.Name, axis.Values[v], origin);
                _axisValues[a][v] = spec.Property.GetValue(ParameterBinder.Bind(groups, assignments)[group]);
            }
        }
    }

    /// <summary>The group (0 strategy, 1 engine, 2 options, 3 run) each axis sets.</summary>
    public IReadOnlyList<int> AxisGroups => _axisGroup;

    /// <summary>The parameter each axis sets.</summary>
    public ParameterSpec Spec(int axis) => _groups[_axisGroup[axis]].Group.Specs[_axisSlot[axis]];

    /// <summary>The instances bound from the preset and <c>--set</c> alone.</summary>
    public object[] Base => _groups.Select(g => g.Base).ToArray();

    /// <summary>Binds the combination whose value indices are <paramref name="digits"/> into <paramref name="instances"/> (one per group).</summary>
    /// <param name="digits">The value index of each axis.</param>
    /// <param name="instances">Receives one instance per group.</param>
    /// <param name="scratch">One buffer per group, at least as long as its parameters, reused between calls.</param>
    public void Bind(ReadOnlySpan<int> digits, object[] instances, object?[][] scratch)
    {
        for (int g = 0; g < _groups.Length; g++)
        {
            if (!_varied[g] && g != 0)
            {
                instances[g] = _groups[g].Base;
                continue;
            }

            object?[] values = scratch[g];
            Array.Copy(_groups[g].BaseValues, values, values.Length);
            for (int a = 0; a < _axisGroup.Length; a++)
            {
                if (_axisGroup[a] == g)
                {
                    values[_axisSlot[a]] = _axisValues[a][digits[a]];
                }
            }

            instances[g] = _groups[g].Create(values);
        }
    }

    /// <summary>Buffers for <see cref="Bind"/>, one per thread.</summary>
    public object?[][] NewScratch() => _groups.Select(g => new object?[g.BaseValues.Length]).ToArray();
}
