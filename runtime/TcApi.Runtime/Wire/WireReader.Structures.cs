using System.Collections.Generic;
using System.Text.Json;

namespace TcApi.Wire;

public static partial class WireReader
{
    /// <summary>Reads a list member; each item with <paramref name="item"/>.</summary>
    public static IReadOnlyList<T>? List<T>(ref Utf8JsonReader reader, string member, WireReadMode mode, WireValueReader<T> item)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        try
        {
            return ListValue(ref reader, mode, item);
        }
        catch (WireFormatException e)
        {
            throw e.Within(member);
        }
        catch (WireValueSkipped)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads a list at the current token. Null items are an error in a request and dropped in a response, as is an item
    /// a lenient read cannot hold (<see cref="WireValueSkipped"/>).
    /// </summary>
    public static IReadOnlyList<T> ListValue<T>(ref Utf8JsonReader reader, WireReadMode mode, WireValueReader<T> item)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return NotAList(ref reader, mode, item);
        }

        var items = default(ListBuilder<T>);
        var index = 0;
        try
        {
            while (true)
            {
                try
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType == JsonTokenType.Null)
                        {
                            if (mode == WireReadMode.Request)
                            {
                                throw new WireFormatException(string.Empty, "a list item must not be null");
                            }
                        }
                        else
                        {
                            items.Add(item(ref reader, mode));
                        }

                        index++;
                    }

                    return items.ToArray();
                }
                catch (WireValueSkipped)
                {
                    // Recorded; the reader stands on the item's last token: go on with the next.
                    index++;
                }
            }
        }
        catch (WireFormatException e)
        {
            throw e.Within(index);
        }
        finally
        {
            items.Return();
        }
    }

    /// <summary>Reads an object member with <paramref name="read"/>.</summary>
    public static T? Object<T>(ref Utf8JsonReader reader, string member, WireReadMode mode, WireValueReader<T> read)
        where T : class
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        try
        {
            return read(ref reader, mode);
        }
        catch (WireFormatException e)
        {
            throw e.Within(member);
        }
        catch (WireValueSkipped)
        {
            return null;
        }
    }
}
