using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace TcApi.Generator.Emit;

/// <summary>
/// A generated file's text as the pieces it is made of (its header and each type's rendered source), read in place.
/// A service's request file runs to megabytes: joining the pieces into one string on every edit of one action would
/// copy all of it twice, and that copying, not the rendering, was the largest cost of an overlay edit.
/// </summary>
internal sealed class JoinedSourceText : SourceText
{
    private readonly string[] _pieces;
    private readonly int[] _starts;

    public JoinedSourceText(IReadOnlyList<string> pieces)
        : base(checksumAlgorithm: SourceHashAlgorithm.Sha256)
    {
        _pieces = new string[pieces.Count];
        _starts = new int[pieces.Count];
        var length = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            _pieces[i] = pieces[i];
            _starts[i] = length;
            length += pieces[i].Length;
        }

        Length = length;
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override int Length { get; }

    public override char this[int position]
    {
        get
        {
            if ((uint)position >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(position));
            }

            var piece = PieceAt(position);
            return _pieces[piece][position - _starts[piece]];
        }
    }

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if (sourceIndex < 0 || count < 0 || sourceIndex > Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(sourceIndex));
        }

        if (count == 0)
        {
            return;
        }

        var piece = PieceAt(sourceIndex);
        var offset = sourceIndex - _starts[piece];
        while (count > 0)
        {
            var take = Math.Min(count, _pieces[piece].Length - offset);
            _pieces[piece].CopyTo(offset, destination, destinationIndex, take);
            destinationIndex += take;
            count -= take;
            piece++;
            offset = 0;
        }
    }

    /// <summary>The last piece starting at or before <paramref name="position"/> (empty pieces are skipped over by it).</summary>
    private int PieceAt(int position)
    {
        var index = Array.BinarySearch(_starts, position);
        if (index < 0)
        {
            return ~index - 1;
        }

        // Several pieces may start here when some are empty: take the last, which holds the character.
        while (index + 1 < _starts.Length && _starts[index + 1] == position)
        {
            index++;
        }

        return index;
    }
}
