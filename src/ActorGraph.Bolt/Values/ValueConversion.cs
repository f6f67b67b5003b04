using System.Collections;
using System.Globalization;

namespace ActorGraph.Bolt;

/// <summary>Converts a Bolt value to a requested .NET type: the numeric widenings and narrowings
/// (checked), temporal types to their .NET counterparts, and lists and maps element by element.</summary>
public static class ValueConversion
{
    public static T To<T>(object? value, string key) => (T)To(value, typeof(T), key)!;

    public static object? To(object? value, Type target, string key)
    {
        if (value is null)
        {
            return !target.IsValueType || Nullable.GetUnderlyingType(target) is not null
                ? null
                : throw new InvalidCastException($"'{key}' is null and cannot become {target.Name}.");
        }
        if (target.IsInstanceOfType(value)) return value;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        try
        {
            return value switch
            {
                long l when underlying == typeof(int) => checked((int)l),
                long l when underlying == typeof(short) => checked((short)l),
                long l when underlying == typeof(byte) => checked((byte)l),
                long l when underlying == typeof(uint) => checked((uint)l),
                long l when underlying == typeof(ulong) => checked((ulong)l),
                long l when underlying == typeof(double) => (double)l,
                long l when underlying == typeof(float) => (float)l,
                long l when underlying == typeof(decimal) => (decimal)l,
                double d when underlying == typeof(float) => (float)d,
                double d when underlying == typeof(decimal) => (decimal)d,
                LocalDate d when underlying == typeof(DateOnly) => d.ToDateOnly(),
                LocalDate d when underlying == typeof(DateTime) => d.ToDateOnly().ToDateTime(TimeOnly.MinValue),
                LocalTime t when underlying == typeof(TimeOnly) => t.ToTimeOnly(),
                LocalTime t when underlying == typeof(TimeSpan) => t.ToTimeOnly().ToTimeSpan(),
                LocalDateTime t when underlying == typeof(DateTime) => t.ToDateTime(),
                ZonedDateTime z when underlying == typeof(DateTimeOffset) => z.ToDateTimeOffset(),
                ZonedDateTime z when underlying == typeof(DateTime) => z.ToDateTimeOffset().UtcDateTime,
                Duration d when underlying == typeof(TimeSpan) => d.ToTimeSpan(),
                _ when underlying == typeof(string) => Convert.ToString(value, CultureInfo.InvariantCulture),
                IList list when ElementTypeOfList(underlying) is { } element => ConvertList(list, underlying, element, key),
                IReadOnlyDictionary<string, object?> map when ValueTypeOfMap(underlying) is { } valueType => ConvertMap(map, valueType, key),
                _ => throw new InvalidCastException($"'{key}' holds {value.GetType().Name}, which cannot become {target.Name}."),
            };
        }
        catch (OverflowException e)
        {
            throw new InvalidCastException($"'{key}' holds {value}, which does not fit {target.Name}.", e);
        }
    }

    private static Type? ElementTypeOfList(Type target)
    {
        if (target.IsArray) return target.GetElementType();
        if (!target.IsGenericType) return null;
        var def = target.GetGenericTypeDefinition();
        return def == typeof(List<>) || def == typeof(IList<>) || def == typeof(IReadOnlyList<>)
            || def == typeof(IEnumerable<>) || def == typeof(ICollection<>) || def == typeof(IReadOnlyCollection<>)
            ? target.GetGenericArguments()[0]
            : null;
    }

    private static Type? ValueTypeOfMap(Type target)
    {
        if (!target.IsGenericType) return null;
        var def = target.GetGenericTypeDefinition();
        var args = target.GetGenericArguments();
        return args[0] == typeof(string) && (def == typeof(Dictionary<,>) || def == typeof(IDictionary<,>) || def == typeof(IReadOnlyDictionary<,>))
            ? args[1]
            : null;
    }

    private static object ConvertList(IList list, Type target, Type element, string key)
    {
        if (target.IsArray)
        {
            var array = Array.CreateInstance(element, list.Count);
            for (var i = 0; i < list.Count; i++) array.SetValue(To(list[i], element, key), i);
            return array;
        }
        var result = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element), list.Count)!;
        foreach (var item in list) result.Add(To(item, element, key));
        return result;
    }

    private static object ConvertMap(IReadOnlyDictionary<string, object?> map, Type valueType, string key)
    {
        var result = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
        foreach (var (k, v) in map) result[k] = To(v, valueType, key);
        return result;
    }
}
