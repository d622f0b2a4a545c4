using System;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Emit.Views;

namespace TcApi.Generator.Emit;

/// <summary>Renders one <see cref="EmitUnit"/> into the source of one file.</summary>
internal static class SourceRenderer
{
    public static GeneratedFile Render(EmitUnit unit)
    {
        try
        {
            var source = unit.Kind switch
            {
                FileKind.Enum => TemplateLibrary.Instance.Render("Enum", new EnumView(unit)),
                FileKind.EnumWire => TemplateLibrary.Instance.Render("EnumWire", new EnumView(unit)),
                FileKind.Request => TemplateLibrary.Instance.Render("Request", new RequestView(unit)),
                FileKind.RequestValidation => TemplateLibrary.Instance.Render("RequestValidation", new ValidationView(unit)),
                FileKind.RequestWire => TemplateLibrary.Instance.Render("RequestWire", new WireView(unit)),
                FileKind.Response => TemplateLibrary.Instance.Render("Response", new ResponseView(unit)),
                FileKind.ErrorCode => TemplateLibrary.Instance.Render("ErrorCode", new ErrorCodesView(unit)),
                FileKind.ErrorCodes => TemplateLibrary.Instance.Render("ErrorCodes", new ErrorCodesView(unit)),
                FileKind.ApiException => TemplateLibrary.Instance.Render("ApiException", new ErrorCodesView(unit)),
                _ => TemplateLibrary.Instance.Render("Client", new ClientView(unit)),
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
