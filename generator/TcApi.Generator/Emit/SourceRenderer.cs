using System;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Emit.Views;

namespace TcApi.Generator.Emit;

/// <summary>Renders one <see cref="EmitUnit"/> into the source of one file.</summary>
internal static class SourceRenderer
{
    public static GeneratedFile Render(EmitUnit unit, string accessibility)
    {
        try
        {
            (string Template, FileView View) input = unit.Kind switch
            {
                FileKind.Enum => ("Enum", new EnumView(unit)),
                FileKind.EnumWire => ("EnumWire", new EnumView(unit)),
                FileKind.Request => ("Request", new RequestView(unit)),
                FileKind.RequestValidation => ("RequestValidation", new ValidationView(unit)),
                FileKind.RequestWire => ("RequestWire", new WireView(unit)),
                FileKind.Response => ("Response", new ResponseView(unit)),
                FileKind.ErrorCode => ("ErrorCode", new ErrorCodesView(unit)),
                FileKind.ErrorCodes => ("ErrorCodes", new ErrorCodesView(unit)),
                FileKind.ApiException => ("ApiException", new ErrorCodesView(unit)),
                _ => ("Client", new ClientView(unit)),
            };
            input.View.Accessibility = accessibility;
            return new GeneratedFile(unit.HintName, TemplateLibrary.Instance.Render(input.Template, input.View), null);
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
