// Where a binding assembly's bytes go: the IL of its method bodies by part (readers, writers, validators, the members a
// record gets from the compiler, clients, …), its metadata tables and heaps, and the custom attributes by kind
// (the constraint attributes are what the analyzer reads). docs/performance.md ("Where a binding's size goes") has a run.
//
//   dotnet run benchmarks/build-cost/binding-parts.cs -- obj/Debug/net10.0/tcapi/cvm/v20170312/TcApi.Catalog.cvm.v20170312.dll
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: dotnet run binding-parts.cs -- <binding>.dll");
    return 2;
}

using var stream = File.OpenRead(args[0]);
using var pe = new PEReader(stream);
var md = pe.GetMetadataReader();
var il = new SortedDictionary<string, (long Bytes, int Methods)>(StringComparer.Ordinal);
long ilTotal = 0;

foreach (var handle in md.TypeDefinitions)
{
    var type = md.GetTypeDefinition(handle);
    var outer = type;
    while (!outer.GetDeclaringType().IsNil)
    {
        outer = md.GetTypeDefinition(outer.GetDeclaringType());
    }

    var owner = md.GetString(outer.Name);
    foreach (var methodHandle in type.GetMethods())
    {
        var method = md.GetMethodDefinition(methodHandle);
        if (method.RelativeVirtualAddress == 0)
        {
            continue;
        }

        var size = pe.GetMethodBody(method.RelativeVirtualAddress).Size;
        ilTotal += size;
        var part = Part(owner, md.GetString(method.Name));
        il.TryGetValue(part, out var sum);
        il[part] = (sum.Bytes + size, sum.Methods + 1);
    }
}

var fileSize = new FileInfo(args[0]).Length;
Console.WriteLine($"{Path.GetFileName(args[0])}: {fileSize:N0} B; IL bodies {ilTotal:N0} B; metadata {md.MetadataLength:N0} B");
Console.WriteLine();
Console.WriteLine("| part | IL (B) | methods | share of the file |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var (part, sum) in il.OrderByDescending(p => p.Value.Bytes))
{
    Console.WriteLine($"| {part} | {sum.Bytes:N0} | {sum.Methods:N0} | {Share(sum.Bytes)} |");
}

Console.WriteLine();
Console.WriteLine("| metadata | bytes | rows | share of the file |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var heap in new[] { HeapIndex.UserString, HeapIndex.String, HeapIndex.Blob })
{
    Console.WriteLine($"| {heap} heap | {md.GetHeapSize(heap):N0} | | {Share(md.GetHeapSize(heap))} |");
}

foreach (var table in Enum.GetValues<TableIndex>().OrderByDescending(t => (long)md.GetTableRowCount(t) * md.GetTableRowSize(t)).Take(8))
{
    long bytes = (long)md.GetTableRowCount(table) * md.GetTableRowSize(table);
    Console.WriteLine($"| {table} table | {bytes:N0} | {md.GetTableRowCount(table):N0} | {Share(bytes)} |");
}

// A custom attribute costs its row (CustomAttribute table) and its value blob.
var attributes = new SortedDictionary<string, (long Bytes, int Count)>(StringComparer.Ordinal);
var rowSize = md.GetTableRowSize(TableIndex.CustomAttribute);
foreach (var handle in md.CustomAttributes)
{
    var attribute = md.GetCustomAttribute(handle);
    var kind = AttributeKind(md, attribute);
    attributes.TryGetValue(kind, out var sum);
    attributes[kind] = (sum.Bytes + rowSize + md.GetBlobReader(attribute.Value).Length, sum.Count + 1);
}

Console.WriteLine();
Console.WriteLine("| custom attributes | row + value (B) | count | share of the file |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var (kind, sum) in attributes.OrderByDescending(a => a.Value.Bytes))
{
    Console.WriteLine($"| {kind} | {sum.Bytes:N0} | {sum.Count:N0} | {Share(sum.Bytes)} |");
}

return 0;

string Share(long bytes) => (bytes / (double)fileSize).ToString("P1", CultureInfo.InvariantCulture);

static string Part(string owner, string method)
{
    if (owner.EndsWith("Client", StringComparison.Ordinal))
    {
        return "clients (methods, paging, waiters, their state machines)";
    }

    if (owner.EndsWith("ErrorCode", StringComparison.Ordinal) || owner.EndsWith("Exception", StringComparison.Ordinal))
    {
        return "error codes and typed errors";
    }

    if (owner.EndsWith("Actions", StringComparison.Ordinal))
    {
        return "action list";
    }

    return method switch
    {
        "ReadFrom" or "Read" or "ReadResponse" => "readers",
        "WriteTo" or "ToJsonUtf8" => "writers",
        ".cctor" => "static initialisers (pre-encoded wire names, error-code lists)",
        "Validate" or "EnsureValid" => "validators",
        "Equals" or "GetHashCode" or "ToString" or "PrintMembers" or "op_Equality" or "op_Inequality" or "get_EqualityContract" or "<Clone>$"
            => "record members (equality, hash, ToString, with)",
        ".ctor" => "constructors (record copy constructors)",
        _ when method.StartsWith("get_", StringComparison.Ordinal) || method.StartsWith("set_", StringComparison.Ordinal) => "property accessors",
        _ => "other",
    };
}

static string AttributeKind(MetadataReader md, CustomAttribute attribute)
{
    var type = attribute.Constructor.Kind switch
    {
        HandleKind.MemberReference when md.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
            => md.GetTypeReference((TypeReferenceHandle)parent) is var reference ? (md.GetString(reference.Namespace), md.GetString(reference.Name)) : default,
        HandleKind.MethodDefinition
            => md.GetTypeDefinition(md.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType()) is var definition
                ? (md.GetString(definition.Namespace), md.GetString(definition.Name)) : default,
        _ => default,
    };
    return type switch
    {
        ("TcApi.Constraints", var name) => "constraint metadata for the analyzer (" + (name.StartsWith("Api", StringComparison.Ordinal) ? "type markers" : "rules") + ")",
        (_, "NullableAttribute" or "NullableContextAttribute") => "nullable annotations",
        (_, "CompilerGeneratedAttribute" or "DebuggerHiddenAttribute") => "compiler-generated markers",
        (_, var name) => name ?? "?",
    };
}
