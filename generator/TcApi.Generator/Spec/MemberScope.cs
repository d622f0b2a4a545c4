namespace TcApi.Generator.Spec;

/// <summary>Whose members are being parsed: it decides whether constraints and required mean anything there.</summary>
internal enum MemberScope
{
    /// <summary>An action's input: constraints are checked, required members must be set.</summary>
    Input,

    /// <summary>An action's output: no constraints; required means always returned.</summary>
    Output,

    /// <summary>An object's members: checked like input wherever the object appears in a request.</summary>
    Object,
}
