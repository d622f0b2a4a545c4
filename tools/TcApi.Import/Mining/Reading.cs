namespace TcApi.Import.Mining;

/// <summary>
/// What one reader found in one language: the value, or none; <see cref="Refused"/> when the text had something that
/// looked like a constraint of this kind and the reader declined it (a condition, a conflict, a foreign unit). A refusal
/// in Chinese keeps the English reading from standing in for it.
/// </summary>
internal readonly record struct Reading<T>(T? Value, bool Refused)
    where T : class
{
    public static readonly Reading<T> None = new(null, false);

    public static readonly Reading<T> Refusal = new(null, true);
}
