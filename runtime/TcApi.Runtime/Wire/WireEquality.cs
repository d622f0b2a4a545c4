using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

namespace TcApi.Wire;

/// <summary>Content equality, hashing and printing of list members, for the generated records.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WireEquality
{
    /// <summary>Whether both lists are absent, or hold equal items in the same order.</summary>
    public static bool ListEquals<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the list's items, consistent with <see cref="ListEquals{T}"/>.</summary>
    public static int ListHash<T>(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return 0;
        }

        var comparer = EqualityComparer<T>.Default;
        var hash = 17;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
        }

        return hash;
    }

    /// <summary>Appends <c>[a, b, c]</c>, or <c>null</c>.</summary>
    public static void AppendList<T>(StringBuilder builder, IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            builder.Append("null");
            return;
        }

        builder.Append('[');
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            AppendValue(builder, list[i]);
        }

        builder.Append(']');
    }

    /// <summary>Appends a value as the invariant culture writes it, or <c>null</c>.</summary>
    public static void AppendValue<T>(StringBuilder builder, T value)
    {
        builder.Append(value is null ? "null" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
    }
}
