using System.Text.Json;

namespace TcApi.Wire;

/// <summary>Reads one value (a list item, an object) at the reader's current token.</summary>
public delegate T WireValueReader<T>(ref Utf8JsonReader reader, WireReadMode mode);
