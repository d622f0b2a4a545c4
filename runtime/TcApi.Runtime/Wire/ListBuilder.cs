using System;
using System.Buffers;

namespace TcApi.Wire;

/// <summary>
/// Collects a list's items while it is read and gives them as an array of exactly their number: the response then
/// holds one array per list (none for an empty one) instead of a <c>List&lt;T&gt;</c>, its spare capacity and the arrays
/// it outgrew. The first four items live in the builder itself; a longer list grows in an array rented from the pool.
/// </summary>
internal struct ListBuilder<T>
{
    private const int Inline = 4;

    private T _item0;
    private T _item1;
    private T _item2;
    private T _item3;
    private T[]? _rented;
    private int _count;

    public void Add(T item)
    {
        switch (_count)
        {
            case 0:
                _item0 = item;
                break;
            case 1:
                _item1 = item;
                break;
            case 2:
                _item2 = item;
                break;
            case 3:
                _item3 = item;
                break;
            default:
                AddRented(item);
                return;
        }

        _count++;
    }

    /// <summary>The items read, in order; the shared empty array when there are none.</summary>
    public readonly T[] ToArray()
    {
        if (_count == 0)
        {
            return Array.Empty<T>();
        }

        var items = new T[_count];
        switch (_count)
        {
            case >= Inline:
                items[3] = _item3;
                goto case 3;
            case 3:
                items[2] = _item2;
                goto case 2;
            case 2:
                items[1] = _item1;
                goto case 1;
            case 1:
                items[0] = _item0;
                break;
        }

        if (_count > Inline)
        {
            _rented.AsSpan(0, _count - Inline).CopyTo(items.AsSpan(Inline));
        }

        return items;
    }

    /// <summary>Gives the rented array back, cleared so the pool holds no item.</summary>
    public void Return()
    {
        if (_rented is { } rented)
        {
            _rented = null;
            rented.AsSpan(0, Math.Max(0, _count - Inline)).Clear();
            ArrayPool<T>.Shared.Return(rented);
        }
    }

    private void AddRented(T item)
    {
        var index = _count - Inline;
        if (_rented is null)
        {
            _rented = ArrayPool<T>.Shared.Rent(Inline * 4);
        }
        else if (index == _rented.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_rented.Length * 2);
            _rented.AsSpan().CopyTo(larger);
            _rented.AsSpan().Clear();
            ArrayPool<T>.Shared.Return(_rented);
            _rented = larger;
        }

        _rented[index] = item;
        _count++;
    }
}
