using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>
/// How a guard leaves a function when consent is missing: the quietest exit its return type allows
/// (<c>return;</c>, <c>return null;</c>, <c>return default;</c>), else an exception, so that a non-nullable
/// result is never made up.
/// </summary>
internal static class ExitStatements
{
    /// <summary>The message of the exception thrown where no quiet exit exists.</summary>
    internal const string ExceptionMessage = "Consent to face capture is missing.";

    internal static StatementSyntax For(EnclosingFunction function, Compilation compilation)
    {
        var method = function.Symbol;
        if (function.IsIterator)
        {
            return SyntaxFactory.ParseStatement("yield break;");
        }

        // An object whose constructor returned early would be half built: constructors throw.
        if (method.MethodKind is MethodKind.Constructor or MethodKind.StaticConstructor)
        {
            return Throw();
        }

        var returnType = method.ReturnType;
        if (method.ReturnsVoid)
        {
            return SyntaxFactory.ParseStatement("return;");
        }

        if (IsTask(returnType, compilation, generic: false))
        {
            return method.IsAsync ? SyntaxFactory.ParseStatement("return;") : ReturnCompletedTask(returnType);
        }

        if (IsTask(returnType, compilation, generic: true))
        {
            if (!method.IsAsync)
            {
                return Throw();
            }

            returnType = ((INamedTypeSymbol)returnType).TypeArguments[0];
        }

        if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            return Throw();
        }

        return QuietValue(returnType) is { } value
            ? SyntaxFactory.ParseStatement("return " + value + ";")
            : Throw();
    }

    /// <summary><c>null</c> or <c>default</c> where the type has it as an honest "nothing", else <see langword="null"/>.</summary>
    private static string? QuietValue(ITypeSymbol type)
    {
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return "null";
        }

        var mayBeNull = type.NullableAnnotation != NullableAnnotation.NotAnnotated;
        if (type is ITypeParameterSymbol parameter)
        {
            return parameter.HasValueTypeConstraint || mayBeNull ? "default" : null;
        }

        if (type.IsValueType)
        {
            return "default";
        }

        return type.IsReferenceType && mayBeNull ? "null" : null;
    }

    private static StatementSyntax ReturnCompletedTask(ITypeSymbol taskType)
    {
        // default(ValueTask) is a completed task; a Task must be a real one.
        if (taskType.Name == "ValueTask")
        {
            return SyntaxFactory.ParseStatement("return default;");
        }

        return SyntaxFactory.ReturnStatement(
            SyntaxFactory.Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, TypeNames.Qualified(taskType), SyntaxFactory.IdentifierName("CompletedTask")),
            SyntaxFactory.Token(SyntaxKind.SemicolonToken));
    }

    internal static StatementSyntax Throw()
    {
        var type = TypeNames.Qualified("System.InvalidOperationException");
        var message = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(ExceptionMessage));
        var creation = SyntaxFactory.ObjectCreationExpression(
            SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            type,
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(message))),
            initializer: null);
        return SyntaxFactory.ThrowStatement(
            SyntaxFactory.Token(SyntaxKind.ThrowKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            creation,
            SyntaxFactory.Token(SyntaxKind.SemicolonToken));
    }

    private static bool IsTask(ITypeSymbol type, Compilation compilation, bool generic)
    {
        var definition = type.OriginalDefinition;
        foreach (var name in generic
            ? new[] { "System.Threading.Tasks.Task`1", "System.Threading.Tasks.ValueTask`1" }
            : new[] { "System.Threading.Tasks.Task", "System.Threading.Tasks.ValueTask" })
        {
            if (SymbolEqualityComparer.Default.Equals(definition, compilation.GetTypeByMetadataName(name)))
            {
                return true;
            }
        }

        return false;
    }
}
