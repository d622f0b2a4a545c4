namespace TcApi.Generator.Model;

/// <summary>An enumeration: its C# name, whether its wire values are strings or integers, and its values.</summary>
internal sealed record EnumModel(string Name, bool IsStringOnWire, string Description, EquatableArray<EnumValueModel> Values);

/// <summary>One enumeration value. <see cref="WireInteger"/> is also the C# value for integer enumerations.</summary>
internal sealed record EnumValueModel(string Name, string WireString, long WireInteger, string Description);
