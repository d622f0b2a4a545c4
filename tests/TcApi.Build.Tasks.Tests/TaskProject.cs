using System.Collections;
using Microsoft.Build.Framework;

namespace TcApi.Build.Tests;

/// <summary>
/// A project folder as ResolveTcApiServices meets it in a build: a catalogue (file names and index.json only: the task
/// opens no spec), a project file, and the items MSBuild would have evaluated from it, each carrying the file that
/// defines it.
/// </summary>
internal sealed class TaskProject : IDisposable
{
    private const string Index = """
        {"formatVersion":1,"services":{"as":["2018-04-19"],"ca":["2023-02-28"],"cvm":["2017-03-12"],"tke":["2022-05-01","2018-05-25"],"vpc":["2017-03-12"]},"aliases":{"as":["autoscaling"]}}
        """;

    public TaskProject(string items)
    {
        Folder = Directory.CreateTempSubdirectory("tcapi-task-").FullName;
        Catalog = Path.Combine(Folder, "catalog") + Path.DirectorySeparatorChar;
        foreach (var (service, version) in new[] { ("as", "20180419"), ("ca", "20230228"), ("cvm", "20170312"), ("tke", "20180525"), ("tke", "20220501"), ("vpc", "20170312") })
        {
            Directory.CreateDirectory(Path.Combine(Catalog, service));
            File.WriteAllText(Path.Combine(Catalog, service, $"{service}-v{version}.tcapi.json"), "{}");
        }

        File.WriteAllText(Path.Combine(Catalog, "index.json"), Index);
        ProjectFile = Path.Combine(Folder, "App.csproj");
        File.WriteAllText(ProjectFile, $"<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n{items}\n  </ItemGroup>\n</Project>\n");
    }

    public string Folder { get; }

    public string Catalog { get; }

    public string ProjectFile { get; }

    /// <summary>An item as MSBuild evaluates it from the project file.</summary>
    public ITaskItem Item(string include, params (string Name, string Value)[] metadata) => new EvaluatedItem(include, ProjectFile, metadata);

    /// <summary>A file of the project (an overlay, a spec) as an item.</summary>
    public ITaskItem Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return new EvaluatedItem(path, ProjectFile, []);
    }

    public TaskRun Run(ITaskItem[] items, ITaskItem[]? overlays = null, ITaskItem[]? specs = null)
    {
        var engine = new RecordingEngine();
        var task = new ResolveTcApiServices
        {
            BuildEngine = engine,
            Services = items,
            CatalogDirectory = Catalog,
            ProjectFiles = [ProjectFile],
            Overlays = overlays ?? [],
            Specs = specs ?? [],
        };
        var succeeded = task.Execute();
        return new TaskRun(succeeded, engine.Errors, engine.Warnings, task);
    }

    /// <summary>The line and column (of its '&lt;') of the line of the project file that holds <paramref name="text"/>.</summary>
    public (int Line, int Column) PlaceOf(string text)
    {
        var lines = File.ReadAllLines(ProjectFile);
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' is not in the project file");
        return (index + 1, lines[index].IndexOf('<', StringComparison.Ordinal) + 1);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private sealed class EvaluatedItem(string include, string definingProject, (string Name, string Value)[] metadata) : ITaskItem
    {
        private readonly Dictionary<string, string> _custom = metadata.ToDictionary(m => m.Name, m => m.Value, StringComparer.OrdinalIgnoreCase);

        public string ItemSpec { get; set; } = include;

        public ICollection MetadataNames => _custom.Keys.ToList();

        public int MetadataCount => _custom.Count;

        public string GetMetadata(string metadataName) => metadataName switch
        {
            "FullPath" => Path.GetFullPath(ItemSpec),
            "DefiningProjectFullPath" => definingProject,
            _ => _custom.TryGetValue(metadataName, out var value) ? value : string.Empty,
        };

        public void SetMetadata(string metadataName, string metadataValue) => _custom[metadataName] = metadataValue;

        public void RemoveMetadata(string metadataName) => _custom.Remove(metadataName);

        public void CopyMetadataTo(ITaskItem destinationItem)
        {
            foreach (var (name, value) in _custom)
            {
                destinationItem.SetMetadata(name, value);
            }
        }

        public IDictionary CloneCustomMetadata() => new Dictionary<string, string>(_custom, StringComparer.OrdinalIgnoreCase);
    }

    private sealed class RecordingEngine : IBuildEngine
    {
        public List<BuildErrorEventArgs> Errors { get; } = [];

        public List<BuildWarningEventArgs> Warnings { get; } = [];

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => string.Empty;

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();
    }
}

/// <summary>What one run of the task reported and resolved.</summary>
internal sealed record TaskRun(bool Succeeded, IReadOnlyList<BuildErrorEventArgs> Errors, IReadOnlyList<BuildWarningEventArgs> Warnings, ResolveTcApiServices Task)
{
    /// <summary>Each error as MSBuild prints it after the file name: <c>(line,column): error CODE: message</c>.</summary>
    public IEnumerable<string> Printed => Errors.Select(e => $"{Path.GetFileName(e.File)}({e.LineNumber},{e.ColumnNumber}): error {e.Code}: {e.Message}");
}
