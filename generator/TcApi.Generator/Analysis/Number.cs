using System.Globalization;

namespace TcApi.Generator.Analysis;

/// <summary>
/// An integer or a double, compared as C# compares them: two integers exactly, anything else as doubles (so NaN is
/// neither less nor greater than anything, as in the generated <c>Validate()</c>).
/// </summary>
internal readonly struct Number
{
    private readonly double _real;

    private Number(bool isInteger, long integer, double real)
    {
        IsInteger = isInteger;
        Integer = integer;
        _real = real;
    }

    public bool IsInteger { get; }

    public long Integer { get; }

    public double Real => IsInteger ? Integer : _real;

    public static Number Of(long value) => new(true, value, 0);

    public static Number Of(double value) => new(false, 0, value);

    public static bool Less(Number a, Number b) => a.IsInteger && b.IsInteger ? a.Integer < b.Integer : a.Real < b.Real;

    public static bool LessOrEqual(Number a, Number b) => a.IsInteger && b.IsInteger ? a.Integer <= b.Integer : a.Real <= b.Real;

    public static bool Equal(Number a, Number b) => a.IsInteger && b.IsInteger ? a.Integer == b.Integer : a.Real == b.Real;

    /// <summary>
    /// As the spec wrote it: a double bound read back through <see cref="decimal"/> (15 significant digits) prints as
    /// the generator printed the spec's decimal (1.5, 0.1), not in exponent form.
    /// </summary>
    public string BoundText() =>
        IsInteger ? ValueText.Number(Integer)
        : _real == 0 || (System.Math.Abs(_real) >= 1e-15 && System.Math.Abs(_real) < 7.9e28) ? ((decimal)_real).ToString(CultureInfo.InvariantCulture)
        : RealText(_real);

    /// <summary>As the generated <c>Validate()</c> prints a value: the shortest text that reads back as the same double.</summary>
    public override string ToString() => IsInteger ? ValueText.Number(Integer) : RealText(_real);

    public static string RealText(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
