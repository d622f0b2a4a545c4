using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace TcApi.Generator.Emit;

/// <summary>The Scriban templates embedded in the generator, each parsed once per process.</summary>
internal sealed class TemplateLibrary : ITemplateLoader
{
    public static readonly TemplateLibrary Instance = new();

    private readonly ConcurrentDictionary<string, Template> _parsed = new();

    // Building Scriban's builtin functions costs more than rendering a file; the templates only read them.
    private readonly ScriptObject _builtins = TemplateContext.GetDefaultBuiltinObject();

    public Template Get(string name) => _parsed.GetOrAdd(name, Parse);

    public string Render(string name, object model)
    {
        var context = new TemplateContext(_builtins)
        {
            TemplateLoader = this,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 0,
            RecursiveLimit = 16,
        };
        // Included templates (FileHeader, Properties, ...) would be parsed again by every new context.
        foreach (var parsed in _parsed)
        {
            context.CachedTemplates[parsed.Key] = parsed.Value;
        }

        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        context.PushGlobal(globals);
        var text = Get(name).Render(context);
        return TrimLineEnds(text);
    }

    /// <summary>Normalises line ends and drops the trailing spaces indented empty lines leave.</summary>
    private static string TrimLineEnds(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd(' ', '\t');
        }

        return string.Join("\n", lines);
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        Get(templatePath);
        return Read(templatePath);
    }

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new((string?)Read(templatePath));

    private static Template Parse(string name)
    {
        var template = Template.Parse(Read(name), name);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"Template {name} does not parse: {string.Join("; ", template.Messages)}");
        }

        return template;
    }

    private static string Read(string name)
    {
        var resource = "TcApi.Generator.Templates." + name + ".scriban";
        using var stream = typeof(TemplateLibrary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The template {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
