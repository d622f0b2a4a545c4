namespace TcApi.Package.Tests;

/// <summary>A new project in its own folder that restores TcApi from the packed folder and everything else as usual.</summary>
internal sealed class Consumer : IDisposable
{
    /// <param name="items">Extra items of the project file, e.g. <c>&lt;TcApiService Include="cvm" /&gt;</c>.</param>
    /// <param name="withGaapSpec">Copy GAAP's spec and overlay into the project, as a user of spec files does.</param>
    public Consumer(PackedPackage package, string program, string items = "", bool withGaapSpec = true)
    {
        Folder = Directory.CreateTempSubdirectory("tcapi-consumer-").FullName;
        File.WriteAllText(Path.Combine(Folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{package.Folder}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(Folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TcApi" Version="{package.Version}" />
                {items}
              </ItemGroup>
            </Project>
            """);
        if (withGaapSpec)
        {
            Directory.CreateDirectory(Path.Combine(Folder, "specs"));
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Specs", "gaap-v20180529.tcapi.json"), SpecPath);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Specs", "gaap-v20180529.tcapi-overlay.json"), OverlayPath);
        }

        Write("Program.cs", program);
    }

    public string Folder { get; }

    public string SpecPath => Path.Combine(Folder, "specs", "gaap-v20180529.tcapi.json");

    public string OverlayPath => Path.Combine(Folder, "specs", "gaap-v20180529.tcapi-overlay.json");

    public void Write(string file, string text) => File.WriteAllText(Path.Combine(Folder, file), text);

    public (int ExitCode, string Output) Build() => DotNet.Run(Folder, "build");

    public (int ExitCode, string Output) Build(string arguments) => DotNet.Run(Folder, "build " + arguments);

    /// <summary>The project file, to change its items between builds.</summary>
    public string ProjectPath => Path.Combine(Folder, "Consumer.csproj");

    public (int ExitCode, string Output) Run() => DotNet.Run(Folder, "run --no-build");

    public (int ExitCode, string Output) Restore(string arguments = "") => DotNet.Run(Folder, "restore " + arguments);

    /// <summary>The items of <paramref name="itemType"/> as the project file's evaluation sees them (no target runs).</summary>
    public IReadOnlyList<string> EvaluatedItems(string itemType)
    {
        var (exitCode, output) = DotNet.Run(Folder, $"msbuild -getItem:{itemType}");
        Assert.True(exitCode == 0, output);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        return json.RootElement.GetProperty("Items").GetProperty(itemType).EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!).ToList();
    }

    /// <summary>The 1-based line and column of the first project-file line holding <paramref name="text"/>.</summary>
    public (int Line, int Column) PlaceInProject(string text)
    {
        var lines = File.ReadAllLines(ProjectPath);
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' is not in the project file");
        return (index + 1, lines[index].IndexOf('<', StringComparison.Ordinal) + 1);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
