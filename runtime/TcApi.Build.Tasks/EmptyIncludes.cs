using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace TcApi.Build;

/// <summary>
/// <c>&lt;TcApiService Include="" /&gt;</c> makes no item at all (MSBuild drops an empty Include), so it is found in the
/// project files themselves: an element whose Include is blank, on its line.
/// </summary>
internal static class EmptyIncludes
{
    public static IEnumerable<ItemPlace> In(IEnumerable<string> files)
    {
        foreach (var file in files.Where(f => f.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            XDocument document;
            try
            {
                if (!File.Exists(file))
                {
                    continue;
                }

                document = XDocument.Load(file, LoadOptions.SetLineInfo);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
            {
                continue;
            }

            foreach (var element in document.Descendants().Where(e => e.Name.LocalName == "TcApiService"))
            {
                if (element.Attribute("Include") is { } include && include.Value.Trim().Trim(';').Trim().Length == 0)
                {
                    var line = (IXmlLineInfo)element;
                    yield return new ItemPlace(file, line.LineNumber, Math.Max(1, line.LinePosition - 1));
                }
            }
        }
    }
}
