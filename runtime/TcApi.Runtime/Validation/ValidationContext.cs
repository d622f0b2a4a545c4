using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace TcApi.Validation;

/// <summary>
/// Collects the violations of one validation and knows where in the request it stands, so a violation inside a
/// nested object carries its full JSON pointer (<c>/RealServerBindSet/2/RealServerWeight</c>). The generated
/// validators pass it by reference; a valid request allocates nothing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct ValidationContext
{
    private List<ValidationViolation>? _violations;
    private string[]? _members;
    private int[]? _indices;
    private int _depth;

    /// <summary>Steps into <paramref name="member"/>, or into its item <paramref name="index"/> when not negative.</summary>
    public void Enter(string member, int index = -1)
    {
        if (_members is null || _depth == _members.Length)
        {
            Grow();
        }

        _members![_depth] = member;
        _indices![_depth] = index;
        _depth++;
    }

    /// <summary>Steps back out of the member last entered.</summary>
    public void Exit() => _depth--;

    /// <summary>The JSON pointer of <paramref name="member"/> (or its item <paramref name="index"/>) where the context stands.</summary>
    public readonly string PathOf(string member, int index = -1)
    {
        var path = new StringBuilder();
        for (var i = 0; i < _depth; i++)
        {
            Append(path, _members![i], _indices![i]);
        }

        Append(path, member, index);
        return path.ToString();
    }

    /// <summary>Records a violation at <paramref name="member"/> (item <paramref name="index"/> when not negative).</summary>
    public void Add(string ruleId, RuleSeverity severity, string errorCode, string member, int index, string message) =>
        (_violations ??= new List<ValidationViolation>()).Add(
            new ValidationViolation(ruleId, PathOf(member, index), Array.Empty<string>(), message, severity, errorCode));

    /// <summary>Records a violation of a rule among members: the path is the first member, the others related.</summary>
    public void Add(string ruleId, RuleSeverity severity, string errorCode, string message, string member, params string[] related)
    {
        var relatedPaths = new string[related.Length];
        for (var i = 0; i < related.Length; i++)
        {
            relatedPaths[i] = PathOf(related[i]);
        }

        (_violations ??= new List<ValidationViolation>()).Add(
            new ValidationViolation(ruleId, PathOf(member), relatedPaths, message, severity, errorCode));
    }

    /// <summary>Records a violation about a duplicate item: the path is the item, the earlier copy is related.</summary>
    public void AddDuplicate(string ruleId, RuleSeverity severity, string errorCode, string member, int index, int firstIndex, string message) =>
        (_violations ??= new List<ValidationViolation>()).Add(
            new ValidationViolation(ruleId, PathOf(member, index), new[] { PathOf(member, firstIndex) }, message, severity, errorCode));

    /// <summary>The result; <see cref="ValidationResult.Valid"/> when nothing was recorded. Returns pooled buffers.</summary>
    public ValidationResult ToResult()
    {
        if (_members is not null)
        {
            ArrayPool<string>.Shared.Return(_members, clearArray: true);
            ArrayPool<int>.Shared.Return(_indices!);
            _members = null;
            _indices = null;
        }

        return _violations is null ? ValidationResult.Valid : new ValidationResult(_violations);
    }

    private void Grow()
    {
        var size = _members is null ? 8 : _members.Length * 2;
        var members = ArrayPool<string>.Shared.Rent(size);
        var indices = ArrayPool<int>.Shared.Rent(size);
        if (_members is not null)
        {
            Array.Copy(_members, members, _depth);
            Array.Copy(_indices!, indices, _depth);
            ArrayPool<string>.Shared.Return(_members, clearArray: true);
            ArrayPool<int>.Shared.Return(_indices!);
        }

        _members = members;
        _indices = indices;
    }

    private static void Append(StringBuilder path, string member, int index)
    {
        if (member.Length > 0)
        {
            path.Append('/').Append(member);
        }

        if (index >= 0)
        {
            path.Append('/').Append(index.ToString(CultureInfo.InvariantCulture));
        }
    }
}
