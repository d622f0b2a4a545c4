using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Views;

/// <summary>What every generated file starts with.</summary>
internal abstract class FileView
{
    protected FileView(ServiceHeader header)
    {
        Accessibility = "public";
        Namespace = header.Namespace;
        SpecFile = header.SpecFileName;
        ServiceTypeName = header.ServiceTypeName;
    }

    public string Namespace { get; }

    public string SpecFile { get; }

    public string ServiceTypeName { get; }

    public string GeneratedCode => GeneratorInfo.GeneratedCodeAttribute;

    /// <summary>The accessibility of the generated types: public, or internal when the project asks for it.</summary>
    public string Accessibility { get; set; }
}
