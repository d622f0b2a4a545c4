using System.Text.RegularExpressions;

namespace TcApi.Package.Tests;

/// <summary>
/// README.md's "Testing your code", as a user writes it: a new xunit project that references the packed TcApi and
/// TcApi.Testing and selects cvm, holding the README's two C# blocks as they are written (read from the README, so they
/// cannot drift) beside the "your code" they test, and runs them with <c>dotnet test</c>.
/// </summary>
[Collection(PackageCollection.Name)]
public class ReadmeTestingTests(PackedPackage package)
{
    private const string YourCode = """
        using TcApi.Cvm.V20170312;

        public sealed class InstanceLister(CvmClient cvm)
        {
            public async Task<List<string>> RunningAsync()
            {
                var response = await cvm.DescribeInstancesAsync(new DescribeInstancesRequest());
                return (response.InstanceSet ?? []).Where(i => i.InstanceState == "RUNNING").Select(i => i.InstanceId!).ToList();
            }
        }
        """;

    [Fact]
    public void The_readmes_testing_examples_compile_and_pass_against_the_packed_packages()
    {
        var readme = PackageReadme.RepositoryReadme;
        var localCloud = Block(readme, "local-cloud");
        var usings = string.Join('\n', localCloud.Split('\n').TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal)));
        var (fakeClass, statements) = SplitDouble(Block(readme, "double"));

        var folder = Directory.CreateTempSubdirectory("tcapi-readme-testing-").FullName;
        try
        {
            Write(folder, "nuget.config", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="packed" value="{package.Folder}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
            Write(folder, "ReadmeTesting.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <IsPackable>false</IsPackable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="TcApi" Version="{package.Version}" />
                    <PackageReference Include="TcApi.Testing" Version="{package.Version}" />
                    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.11.0" />
                    <PackageReference Include="xunit" Version="2.9.3" />
                    <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                    <TcApiService Include="cvm" Actions="DescribeInstances" />
                    <Using Include="Xunit" />
                  </ItemGroup>
                </Project>
                """);
            Write(folder, "InstanceLister.cs", YourCode);
            Write(folder, "LocalCloudTests.cs", WrapInClass(localCloud, usings, "LocalCloudTests", ""));
            Write(folder, "FakeCvm.cs", usings + "\n\n" + fakeClass);
            Write(folder, "DoubleTests.cs", WrapInClass("", usings, "DoubleTests", $$"""
                    [Fact]
                    public async Task The_double_answers()
                    {
                        {{statements}}

                        Assert.Equal(["ins-a"], running);
                    }
                """));

            var (exitCode, output) = DotNet.Run(folder, "test");

            Assert.True(exitCode == 0, output);
            Assert.Matches(new Regex(@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+2\b"), output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The README's test double block: its class declaration, and the statements that use it.</summary>
    private static (string Class, string Statements) SplitDouble(string block)
    {
        var lines = block.Split('\n');
        var classEnd = Array.FindIndex(lines, l => l == "}");
        Assert.True(classEnd > 0, "the README's test double block has no class declaration ending in a '}' line");
        return (string.Join('\n', lines[..(classEnd + 1)]), string.Join('\n', lines[(classEnd + 1)..]).Trim());
    }

    /// <summary>A block's members (after its using lines) inside a public test class.</summary>
    private static string WrapInClass(string block, string usings, string className, string extraMembers)
    {
        var members = string.Join('\n', block.Split('\n').SkipWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Length == 0));
        return $"{usings}\n\npublic class {className}\n{{\n{members}\n{extraMembers}\n}}\n";
    }

    private static void Write(string folder, string file, string text) => File.WriteAllText(Path.Combine(folder, file), text);

    private static string Block(string readme, string name) => ReadmeBlock.After(readme, "readme-testing:" + name);
}
