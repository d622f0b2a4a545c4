using System.Formats.Tar;
using SharpCompress.Compressors.Xz;

namespace TcApi.Import.Corpus;

/// <summary>Reads the vendored archives as Tencent's repositories publish them (xz-compressed tar and JSON).</summary>
internal static class CorpusArchive
{
    public static Dictionary<string, byte[]> ReadTar(string path)
    {
        using var file = File.OpenRead(path);
        using var xz = new XZStream(file);
        using var tar = new TarReader(xz);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is { } data && entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile)
            {
                using var copy = new MemoryStream();
                data.CopyTo(copy);
                files[entry.Name.TrimStart('.', '/')] = copy.ToArray();
            }
        }

        return files;
    }

    public static byte[] ReadXz(string path)
    {
        using var file = File.OpenRead(path);
        using var xz = new XZStream(file);
        using var copy = new MemoryStream();
        xz.CopyTo(copy);
        return copy.ToArray();
    }
}
