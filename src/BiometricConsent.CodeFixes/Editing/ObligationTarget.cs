using System;
using System.Threading;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.CodeFixes.Editing;

/// <summary>
/// The member that <c>[RequiresConsent]</c> goes on for a capture: the innermost method, constructor, property
/// (for an accessor or expression body), local function (C# 9+) or lambda (C# 10+, parenthesized). Nothing where
/// the attribute would not move the obligation to callers the analyzer sees: anonymous methods and lambdas before
/// C# 10, static constructors, operators, finalizers, initializers, event accessors, and overrides or interface
/// implementations (marking only one side is BIO1003; calls through the base would escape).
/// </summary>
internal sealed class ObligationTarget
{
    private ObligationTarget(SyntaxNode declaration, ISymbol symbol, string displayName, AttributeTargets kind)
    {
        Declaration = declaration;
        Symbol = symbol;
        DisplayName = displayName;
        Kind = kind;
    }

    /// <summary>The declaration or lambda that receives the attribute.</summary>
    internal SyntaxNode Declaration { get; }

    internal ISymbol Symbol { get; }

    /// <summary>How the code action's title names the member.</summary>
    internal string DisplayName { get; }

    /// <summary>What <c>[AttributeUsage]</c> must allow.</summary>
    internal AttributeTargets Kind { get; }

    internal static ObligationTarget? Find(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        var version = ((CSharpParseOptions)node.SyntaxTree.Options).LanguageVersion;
        for (var current = node; current != null; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousMethodExpressionSyntax:
                    return null;
                case LambdaExpressionSyntax lambda:
                    return version >= LanguageVersion.CSharp10 && model.GetSymbolInfo(lambda, cancellationToken).Symbol is IMethodSymbol lambdaSymbol
                        ? new ObligationTarget(lambda, lambdaSymbol, "lambda in " + lambdaSymbol.ContainingSymbol.ToDisplayString(DisplayFormats.Member), AttributeTargets.Method)
                        : null;
                case LocalFunctionStatementSyntax localFunction:
                    return version >= LanguageVersion.CSharp9 && model.GetDeclaredSymbol(localFunction, cancellationToken) is IMethodSymbol local
                        ? new ObligationTarget(localFunction, local, local.Name, AttributeTargets.Method)
                        : null;
                case AccessorDeclarationSyntax accessor:
                    return accessor.Parent?.Parent is BasePropertyDeclarationSyntax property and not EventDeclarationSyntax
                        ? ForMember(property, model, cancellationToken)
                        : null;
                case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax } arrow:
                    return ForMember(arrow.Parent!, model, cancellationToken);
                case MethodDeclarationSyntax or ConstructorDeclarationSyntax:
                    return ForMember(current, model, cancellationToken);
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static ObligationTarget? ForMember(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        var symbol = model.GetDeclaredSymbol(declaration, cancellationToken);
        var kind = symbol switch
        {
            IMethodSymbol { MethodKind: MethodKind.Constructor } => AttributeTargets.Constructor,
            IMethodSymbol { MethodKind: MethodKind.Ordinary } => AttributeTargets.Method,
            IPropertySymbol => AttributeTargets.Property,
            _ => (AttributeTargets)0,
        };
        if (symbol == null || kind == 0 || OverridesOrImplements(symbol))
        {
            return null;
        }

        return new ObligationTarget(declaration, symbol, symbol.ToDisplayString(DisplayFormats.Member), kind);
    }

    private static bool OverridesOrImplements(ISymbol symbol)
    {
        switch (symbol)
        {
            case IMethodSymbol method when method.OverriddenMethod != null || !method.ExplicitInterfaceImplementations.IsEmpty:
            case IPropertySymbol property when property.OverriddenProperty != null || !property.ExplicitInterfaceImplementations.IsEmpty:
                return true;
        }

        var type = symbol.ContainingType;
        if (type == null || symbol.IsStatic)
        {
            return false;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(symbol.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), symbol))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
