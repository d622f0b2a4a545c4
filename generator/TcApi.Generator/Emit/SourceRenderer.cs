using System;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Emit.Emitters;

namespace TcApi.Generator.Emit;

/// <summary>Renders one <see cref="EmitUnit"/> into the source of one file.</summary>
internal static class SourceRenderer
{
    public static GeneratedFile Render(EmitUnit unit, string accessibility)
    {
        try
        {
            var header = unit.Header;
            var source = unit.Kind switch
            {
                FileKind.Enum => EnumEmitter.Emit(header, unit.Enum!, accessibility),
                FileKind.Object => ObjectEmitter.Emit(header, unit.Object!, unit.Enums, accessibility),
                FileKind.Request => RequestEmitter.Emit(header, unit.Action!, unit.Enums, unit.ErrorCodes, accessibility),
                FileKind.Response => ResponseEmitter.Emit(header, unit.Action!, unit.Enums, accessibility),
                FileKind.Errors => ErrorCodeEmitter.Emit(header, unit.ErrorCodes, accessibility),
                FileKind.Client => ClientEmitter.Emit(header, unit.Actions, accessibility),
                _ => ActionsEmitter.Emit(header, unit.Actions, accessibility),
            };
            return new GeneratedFile(unit.HintName, source, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, null, $"{unit.HintName}: {e.GetType().Name}: {e.Message}");
            return new GeneratedFile(unit.HintName, null, failure);
        }
    }
}

/// <summary>A rendered file, or the failure that kept it from being rendered.</summary>
internal sealed record GeneratedFile(string HintName, string? Source, DiagnosticInfo? Failure);
