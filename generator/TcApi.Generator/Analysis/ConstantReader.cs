using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TcApi.Generator.Analysis;

/// <summary>
/// Reads the compile-time value of an assigned expression: literals, const locals and fields, folded expressions,
/// enum members, null, and lists written as collection expressions or array initializers whose items are constants.
/// Everything else is <see cref="ConstValue.Unknown"/>, and the run-time validator covers it.
/// </summary>
internal static class ConstantReader
{
    public static ConstValue Read(IOperation operation)
    {
        if (operation.ConstantValue.HasValue)
        {
            return FromConstant(operation.ConstantValue.Value, operation.Type);
        }

        // Roslyn 4.8 (our floor) has collection-expression syntax but no IOperation for it: read the syntax.
        if (operation.Syntax is CollectionExpressionSyntax collection && operation.SemanticModel is { } model)
        {
            return ReadCollection(collection, model);
        }

        return operation switch
        {
            IConversionOperation conversion => Read(conversion.Operand),
            IArrayCreationOperation { Initializer: { } initializer } => ReadArray(initializer),
            _ => ConstValue.Unknown,
        };
    }

    private static ConstValue ReadArray(IArrayInitializerOperation initializer)
    {
        var items = new List<ListItem>();
        foreach (var element in initializer.ElementValues)
        {
            items.Add(new ListItem(Read(element), element.Syntax));
        }

        return ConstValue.OfList(items, complete: true);
    }

    private static ConstValue ReadCollection(CollectionExpressionSyntax collection, SemanticModel model)
    {
        var items = new List<ListItem>();
        var complete = true;
        foreach (var element in collection.Elements)
        {
            if (element is ExpressionElementSyntax { Expression: var expression } && model.GetOperation(expression) is { } item)
            {
                items.Add(new ListItem(Read(item), expression));
            }
            else
            {
                complete = false;
            }
        }

        return ConstValue.OfList(items, complete);
    }

    private static ConstValue FromConstant(object? value, ITypeSymbol? type)
    {
        var enumType = type is INamedTypeSymbol { TypeKind: TypeKind.Enum } ? type : null;
        return value switch
        {
            null => ConstValue.Null,
            bool b => ConstValue.OfBool(b),
            string s => ConstValue.OfString(s),
            ulong u when u > long.MaxValue => ConstValue.Unknown,
            sbyte or byte or short or ushort or int or uint or long or ulong => ConstValue.OfInteger(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), enumType),
            _ => ConstValue.Unknown,
        };
    }
}
