using Microsoft.CodeAnalysis;
using TcApi.Generator.Model;

namespace TcApi.Generator.Diagnostics;

/// <summary>
/// A diagnostic about a spec file, equatable so it can travel through the pipeline. <paramref name="Selection"/>: the
/// key of the <c>&lt;TcApiService&gt;</c> item it is about, located on that item when the targets say where it is.
/// </summary>
internal sealed record DiagnosticInfo(string DescriptorId, LocationInfo? Location, EquatableArray<string> Arguments, string? Selection = null)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray());

    /// <summary>A problem of the <c>&lt;TcApiService&gt;</c> item with the key <paramref name="selection"/>.</summary>
    public static DiagnosticInfo ForSelection(DiagnosticDescriptor descriptor, string selection, params string[] arguments) =>
        new(descriptor.Id, null, arguments.ToEquatableArray(), selection);

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(DescriptorId);
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, Location?.ToLocation(), args);
    }
}
