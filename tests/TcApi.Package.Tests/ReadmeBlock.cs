using System.Text.RegularExpressions;

namespace TcApi.Package.Tests;

/// <summary>The README's marked code blocks, which tests run as written: the block after <c>&lt;!-- marker --&gt;</c>.</summary>
internal static class ReadmeBlock
{
    /// <summary>The body of the code block right after <c>&lt;!-- <paramref name="marker"/> --&gt;</c>, e.g. <c>readme-install:shell</c>.</summary>
    public static string After(string readme, string marker)
    {
        var match = Regex.Match(readme, $@"<!-- {Regex.Escape(marker)} -->\n```[a-z]*\n(?<body>.*?)\n```", RegexOptions.Singleline);
        Assert.True(match.Success, $"README.md has no block marked {marker}");
        return match.Groups["body"].Value;
    }
}
