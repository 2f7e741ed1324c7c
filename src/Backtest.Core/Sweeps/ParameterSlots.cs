using System.Linq.Expressions;
using Backtest.Core.Parameters;

namespace Backtest.Core.Sweeps;

/// <summary>
/// One parameter group's class, with compiled accessors: a new instance and a setter per parameter, so that a
/// combination is bound by setting values parsed once, without reflection or parsing per combination.
/// </summary>
internal sealed class ParameterSlots
{
    private readonly Func<object> _create;
    private readonly Action<object, object?>[] _setters;

    public ParameterSlots(ParameterGroup group, object bound)
    {
        Group = group;
        _create = Expression.Lambda<Func<object>>(Expression.Convert(Expression.New(group.Type), typeof(object))).Compile();
        _setters = new Action<object, object?>[group.Specs.Count];
        BaseValues = new object?[group.Specs.Count];
        for (int s = 0; s < _setters.Length; s++)
        {
            ParameterSpec spec = group.Specs[s];
            ParameterExpression target = Expression.Parameter(typeof(object), "target");
            ParameterExpression value = Expression.Parameter(typeof(object), "value");
            Expression assign = Expression.Assign(
                Expression.Property(Expression.Convert(target, group.Type), spec.Property),
                Expression.Convert(value, spec.Property.PropertyType));
            _setters[s] = Expression.Lambda<Action<object, object?>>(assign, target, value).Compile();
            BaseValues[s] = spec.Property.GetValue(bound);
        }

        Base = bound;
    }

    /// <summary>The group.</summary>
    public ParameterGroup Group { get; }

    /// <summary>The instance bound from the preset and <c>--set</c> alone.</summary>
    public object Base { get; }

    /// <summary>Each parameter's value in <see cref="Base"/>, in the group's order.</summary>
    public object?[] BaseValues { get; }

    /// <summary>The index of <paramref name="spec"/> in the group.</summary>
    public int SlotOf(ParameterSpec spec)
    {
        for (int s = 0; s < Group.Specs.Count; s++)
        {
            if (ReferenceEquals(Group.Specs[s], spec))
            {
                return s;
            }
        }

        throw new ArgumentException($"{spec.Name} is not in {Group.Title}", nameof(spec));
    }

    /// <summary>A new instance with every parameter set from <paramref name="values"/>, as the binder would leave it.</summary>
    public object Create(object?[] values)
    {
        object instance = _create();
        for (int s = 0; s < _setters.Length; s++)
        {
            _setters[s](instance, values[s]);
        }

        return instance;
    }
}
