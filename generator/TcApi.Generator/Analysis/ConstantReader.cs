using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TcApi.Generator.Analysis;

/// <summary>
/// Reads the compile-time value of an assigned expression: literals, const locals and fields, folded expressions,
/// enum members, null, lists written as collection expressions or array initializers whose items are constants, and
/// the presence of an object a <c>new</c> creates.
/// Everything else is <see cref="ConstValue.Unknown"/>, and the run-time validator covers it. It works on syntax with
/// the semantic model's constant folding — no IOperation tree, which would cost far more per initializer.
/// </summary>
internal static class ConstantReader
{
    /// <summary>The value of <paramref name="expression"/>, typed by the member it is assigned to.</summary>
    public static ConstValue Read(ExpressionSyntax expression, SemanticModel model, MemberRules member, CancellationToken cancellationToken)
    {
        expression = Unwrap(expression);
        return expression switch
        {
            CollectionExpressionSyntax collection => ReadList(ItemsOf(collection), model, member.ItemType, complete: AllExpressions(collection), cancellationToken),
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => ReadList(initializer.Expressions, model, member.ItemType, complete: true, cancellationToken),
            ImplicitArrayCreationExpressionSyntax { Initializer: var initializer } => ReadList(initializer.Expressions, model, member.ItemType, complete: true, cancellationToken),
            _ => Scalar(expression, model, member.ValueType, cancellationToken),
        };
    }

    private static ConstValue Scalar(ExpressionSyntax expression, SemanticModel model, ITypeSymbol? type, CancellationToken cancellationToken)
    {
        expression = Unwrap(expression);
        if (SyntacticConstant(expression, type) is { } known)
        {
            return known;
        }

        // An object is present whatever it holds; its own initializer is analyzed on its own. No binding needed.
        if (expression is BaseObjectCreationExpressionSyntax or AnonymousObjectCreationExpressionSyntax)
        {
            return ConstValue.Object;
        }

        // A name is a const local or field, or not a constant at all: a speculative lookup says which without binding
        // the method body. Folded expressions (MaxDelay + 1) need the semantic model, which binds the whole body.
        if (expression is IdentifierNameSyntax or MemberAccessExpressionSyntax)
        {
            return model.GetSpeculativeSymbolInfo(expression.SpanStart, expression, SpeculativeBindingOption.BindAsExpression).Symbol switch
            {
                IFieldSymbol { HasConstantValue: true } field => FromConstant(field.ConstantValue, type),
                ILocalSymbol { HasConstantValue: true } local => FromConstant(local.ConstantValue, type),
                _ => ConstValue.Unknown,
            };
        }

        var constant = model.GetConstantValue(expression, cancellationToken);
        return constant.HasValue ? FromConstant(constant.Value, type) : ConstValue.Unknown;
    }

    /// <summary>Literals, negated numbers, members and casts of the member's own enum type: read without binding.</summary>
    private static ConstValue? SyntacticConstant(ExpressionSyntax expression, ITypeSymbol? type)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                return ConstValue.Null;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.DefaultLiteralExpression):
                return null;
            case LiteralExpressionSyntax literal:
                return literal.Token.Value is { } value && value is not decimal and not char ? FromConstant(value, type) : null;
            case PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax operand } negation when negation.IsKind(SyntaxKind.UnaryMinusExpression):
                return operand.Token.Value switch
                {
                    int or long or uint when FromConstant(operand.Token.Value, type) is { Kind: ConstKind.Integer } positive && positive.Integer != long.MinValue =>
                        ConstValue.OfInteger(-positive.Integer, positive.EnumType),
                    int or long or uint when FromConstant(operand.Token.Value, type) is { Kind: ConstKind.Float } positive => ConstValue.OfFloat(-positive.Real),
                    double d => FromConstant(-d, type),
                    float f => FromConstant(-f, type),
                    _ => null,
                };
            case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member } access when type is { TypeKind: TypeKind.Enum } && NamesType(access.Expression, type):
                return type.GetMembers(member.Identifier.ValueText) is [IFieldSymbol { HasConstantValue: true } field] ? FromConstant(field.ConstantValue, type) : null;
            case CastExpressionSyntax cast when type is { TypeKind: TypeKind.Enum } && NamesType(cast.Type, type) && SyntacticConstant(Unwrap(cast.Expression), null) is { Kind: ConstKind.Integer } number:
                return ConstValue.OfInteger(number.Integer, type);
            default:
                return null;
        }
    }

    /// <summary>Whether the syntax names <paramref name="type"/> by its simple name (anything else is left to binding).</summary>
    private static bool NamesType(ExpressionSyntax syntax, ITypeSymbol type) => syntax switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText == type.Name,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == type.Name && qualified.ToString().Replace("global::", string.Empty) == type.ToDisplayString(),
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == type.Name && access.ToString().Replace("global::", string.Empty) == type.ToDisplayString(),
        AliasQualifiedNameSyntax alias => alias.ToString().Replace("global::", string.Empty) == type.ToDisplayString(),
        _ => false,
    };

    private static ConstValue ReadList(IEnumerable<ExpressionSyntax> items, SemanticModel model, ITypeSymbol? itemType, bool complete, CancellationToken cancellationToken)
    {
        var values = new List<ListItem>();
        foreach (var item in items)
        {
            values.Add(new ListItem(Scalar(item, model, itemType, cancellationToken), item));
        }

        return ConstValue.OfList(values, complete);
    }

    private static IEnumerable<ExpressionSyntax> ItemsOf(CollectionExpressionSyntax collection)
    {
        foreach (var element in collection.Elements)
        {
            if (element is ExpressionElementSyntax { Expression: var expression })
            {
                yield return expression;
            }
        }
    }

    /// <summary>A spread element (<c>[..other]</c>) hides how many items there are.</summary>
    private static bool AllExpressions(CollectionExpressionSyntax collection)
    {
        foreach (var element in collection.Elements)
        {
            if (element is not ExpressionElementSyntax)
            {
                return false;
            }
        }

        return true;
    }

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    expression = postfix.Operand;
                    break;
                default:
                    return expression;
            }
        }
    }

    /// <summary>The constant as the member holds it: an integer assigned to a <c>double</c> is that double.</summary>
    private static ConstValue FromConstant(object? value, ITypeSymbol? type)
    {
        var enumType = type is INamedTypeSymbol { TypeKind: TypeKind.Enum } ? type : null;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return value switch
        {
            null => ConstValue.Null,
            bool b => ConstValue.OfBool(b),
            string s => ConstValue.OfString(s),
            sbyte or byte or short or ushort or int or uint or long or ulong or float or double when type?.SpecialType == SpecialType.System_Double =>
                ConstValue.OfFloat(Convert.ToDouble(value, invariant)),
            sbyte or byte or short or ushort or int or uint or long or ulong or float or double when type?.SpecialType == SpecialType.System_Single =>
                ConstValue.OfFloat(Convert.ToSingle(value, invariant)),
            double d => ConstValue.OfFloat(d),
            float f => ConstValue.OfFloat(f),
            ulong u when u > long.MaxValue => ConstValue.Unknown,
            sbyte or byte or short or ushort or int or uint or long or ulong => ConstValue.OfInteger(Convert.ToInt64(value, invariant), enumType),
            _ => ConstValue.Unknown,
        };
    }
}
