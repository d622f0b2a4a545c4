namespace TcApi.Package.Tests;

/// <summary>
/// Every test class that needs the packed package shares one: packing the solution takes minutes, so it is done once
/// per run, not once per class (an IClassFixture would pack again for each).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}
