using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Symbols;

/// <summary>
/// Who calls a <c>[RequiresConsent]</c> member when no code of the compilation does (BIO1004, docs/analyzer.md,
/// "Obligations that no caller can carry"): the runtime, a web framework, an event's raiser, or library code that
/// was handed a delegate. The framework types are resolved once per compilation, by metadata name, so stub
/// declarations with the same names count as well.
/// </summary>
internal sealed class HandoverSymbols
{
    private readonly Compilation compilation;
    private readonly INamedTypeSymbol? controllerAttribute;
    private readonly INamedTypeSymbol? nonControllerAttribute;
    private readonly INamedTypeSymbol? nonActionAttribute;
    private readonly INamedTypeSymbol? controllerBase;
    private readonly INamedTypeSymbol? hub;
    private readonly INamedTypeSymbol? hubOfT;
    private readonly INamedTypeSymbol? bindServiceMethodAttribute;
    private readonly INamedTypeSymbol? endpointRouteBuilderExtensions;
    private readonly Lazy<IMethodSymbol?> entryPoint;

    internal HandoverSymbols(Compilation compilation, CancellationToken cancellationToken)
    {
        this.compilation = compilation;
        controllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerAttribute");
        nonControllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonControllerAttribute");
        nonActionAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonActionAttribute");
        controllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
        hub = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.SignalR.Hub");
        hubOfT = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.SignalR.Hub`1");
        bindServiceMethodAttribute = compilation.GetTypeByMetadataName("Grpc.Core.BindServiceMethodAttribute");
        endpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");

        // Binding the entry point is not free; only a [RequiresConsent] method named Main asks for it.
        entryPoint = new Lazy<IMethodSymbol?>(() => compilation.GetEntryPoint(cancellationToken));
    }

    /// <summary>
    /// What calls <paramref name="method"/> from outside the code when it is the entry point, a controller action,
    /// a SignalR hub method or a gRPC service method; <see langword="null"/> otherwise.
    /// </summary>
    internal string? DeclaredCaller(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.IsImplicitlyDeclared)
        {
            return null;
        }

        if (method.IsStatic)
        {
            return method.Name == "Main" && SymbolEqualityComparer.Default.Equals(entryPoint.Value, method)
                ? "the program's entry point, which the runtime calls"
                : null;
        }

        if (method.DeclaredAccessibility != Accessibility.Public || method.IsGenericMethod || method.ContainingType is not { } type)
        {
            return null;
        }

        if (IsController(type) && !HasAttribute(method, nonActionAttribute))
        {
            return "an ASP.NET Core controller action, which the framework calls for each request";
        }

        if (DerivesFrom(type, hub, hubOfT))
        {
            return "a SignalR hub method, which the framework calls for each client message";
        }

        for (var overridden = method.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
        {
            if (HasAttribute(overridden.ContainingType, bindServiceMethodAttribute))
            {
                return "a gRPC service method, which the framework calls for each request";
            }
        }

        return null;
    }

    /// <summary>
    /// Who will call the delegate created by <paramref name="creation"/>: the raiser of an event it is attached to,
    /// a minimal-API route, or a method outside the compilation it is passed to; <see langword="null"/> when the
    /// delegate stays with code of the compilation.
    /// </summary>
    internal string? DelegateCaller(IDelegateCreationOperation creation)
    {
        IOperation current = creation;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        switch (current.Parent)
        {
            case IEventAssignmentOperation { Adds: true } assignment when assignment.HandlerValue == current:
                return "attached to an event with +=, whose raiser calls it";
            case IArgumentOperation { Parent: IInvocationOperation invocation }:
                return MethodCaller(invocation.TargetMethod);
            case IArgumentOperation { Parent: IObjectCreationOperation { Constructor: { } constructor } }:
                return MethodCaller(constructor);
            default:
                return null;
        }
    }

    private string? MethodCaller(IMethodSymbol method)
    {
        // A delegate passed to another delegate goes wherever that one points: not followed, like any delegate call.
        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            return null;
        }

        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        if (endpointRouteBuilderExtensions != null
            && SymbolEqualityComparer.Default.Equals(definition.ContainingType, endpointRouteBuilderExtensions)
            && definition.Name.StartsWith("Map", StringComparison.Ordinal))
        {
            return "a minimal-API handler, which the framework calls for each request";
        }

        return SymbolEqualityComparer.Default.Equals(definition.ContainingAssembly, compilation.Assembly)
            ? null
            : "handed as a delegate to '" + definition.ToDisplayString(DisplayFormats.Member) + "', outside this compilation, which calls it";
    }

    private bool IsController(INamedTypeSymbol type)
    {
        // ASP.NET Core's rule (ControllerFeatureProvider): a public, non-abstract, non-generic class that is named
        // *Controller or carries [Controller] (inherited), and not [NonController]. The name alone counts only in a
        // compilation that references MVC at all: elsewhere a "CameraController" is no web endpoint.
        if (controllerAttribute == null
            || type.TypeKind != TypeKind.Class
            || type.IsAbstract
            || type.IsGenericType
            || type.DeclaredAccessibility != Accessibility.Public
            || HasInheritedAttribute(type, nonControllerAttribute))
        {
            return false;
        }

        return type.Name.EndsWith("Controller", StringComparison.OrdinalIgnoreCase)
            || HasInheritedAttribute(type, controllerAttribute)
            || DerivesFrom(type, controllerBase, null);
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol? baseType, INamedTypeSymbol? genericBaseType)
    {
        if (baseType == null && genericBaseType == null)
        {
            return false;
        }

        for (var current = type.BaseType; current != null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType)
                || SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, genericBaseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasInheritedAttribute(INamedTypeSymbol type, INamedTypeSymbol? attribute)
    {
        for (var current = type; current != null; current = current.BaseType)
        {
            if (HasAttribute(current, attribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="symbol"/> carries <paramref name="attribute"/> or an attribute derived from it.</summary>
    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attribute)
    {
        if (attribute == null)
        {
            return false;
        }

        foreach (var data in symbol.GetAttributes())
        {
            for (var type = data.AttributeClass; type != null; type = type.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(type, attribute))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
