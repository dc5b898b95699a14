using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.SdkCatalog;

/// <summary>
/// OpenCV's <c>CascadeClassifier.DetectMultiScale</c> is a general object detector that C# code uses
/// overwhelmingly for faces, so the catalog lists it as a capture. This class recognises the calls that
/// visibly are not about faces: those on a classifier loaded, where the reader can see it, from a cascade
/// file whose name does not contain "face". See docs/sdk-catalog.md, "CascadeClassifier: the cascade file rule".
/// </summary>
/// <remarks>
/// Everything here answers "not visibly a non-face cascade" (<see langword="false"/>, so the call is
/// reported) whenever the evidence is incomplete: a classifier from a parameter, a non-constant path, a
/// member that code outside the type could reassign, a declaration in another file. A missed capture is
/// worse than a warning the developer can silence by loading the cascade visibly.
/// </remarks>
internal static class CascadeClassifierHeuristic
{
    private const string DetectMethodName = "DetectMultiScale";
    private const string LoadMethodName = "Load";
    private const string ReadMethodName = "Read";
    private const string FaceMarker = "face";

    /// <summary>
    /// Whether <paramref name="method"/> is <c>DetectMultiScale</c> of OpenCvSharp's or Emgu CV's
    /// <c>CascadeClassifier</c>, or a method of that name on a type derived from either.
    /// </summary>
    internal static bool IsCascadeDetect(IMethodSymbol method)
    {
        if (method is null || method.Name != DetectMethodName)
        {
            return false;
        }

        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (IsCascadeClassifierType(type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the classifier that <paramref name="invocation"/> (a <c>DetectMultiScale</c> call) runs was
    /// visibly loaded only from cascade files whose names do not contain "face": in the same member for a
    /// local, or in the initializer and assignments within the declaring type for a field or property.
    /// </summary>
    internal static bool IsVisiblyNonFaceCascade(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        if (invocation?.TargetMethod is null || !IsCascadeDetect(invocation.TargetMethod))
        {
            return false;
        }

        var evidence = Unwrap(Receiver(invocation)) switch
        {
            ILocalReferenceOperation local => FromLocal(local.Local, invocation, cancellationToken),
            IFieldReferenceOperation field => FromMember(field.Field, invocation.SemanticModel, cancellationToken),
            IPropertyReferenceOperation property => FromMember(property.Property, invocation.SemanticModel, cancellationToken),
            _ => Evidence.FaceOrUnknown,
        };
        return evidence == Evidence.NonFace;
    }

    /// <summary>What the loads of one classifier show; combining keeps the worst (the maximum).</summary>
    private enum Evidence
    {
        /// <summary>Nothing loaded a file (e.g. the parameterless constructor alone).</summary>
        None,

        /// <summary>Every load seen so far names a cascade file without "face" in its name.</summary>
        NonFace,

        /// <summary>Some load names a face cascade, or a file or assignment that cannot be seen.</summary>
        FaceOrUnknown,
    }

    private static Evidence Combine(Evidence left, Evidence right) => left > right ? left : right;

    private static bool IsCascadeClassifierType(INamedTypeSymbol type)
    {
        if (type.Name != "CascadeClassifier" || type.ContainingType is not null)
        {
            return false;
        }

        var ns = type.ContainingNamespace;
        if (ns is null || ns.IsGlobalNamespace)
        {
            return false;
        }

        var parent = ns.ContainingNamespace;
        if (ns.Name == "OpenCvSharp")
        {
            return parent is { IsGlobalNamespace: true };
        }

        // Emgu.CV
        return ns.Name == "CV"
            && parent is { IsGlobalNamespace: false, Name: "Emgu" }
            && parent.ContainingNamespace is { IsGlobalNamespace: true };
    }

    private static IOperation? Receiver(IInvocationOperation invocation)
    {
        if (invocation.Instance is IConditionalAccessInstanceOperation)
        {
            // c?.DetectMultiScale(...): the receiver is the operand of the nearest enclosing '?.'.
            for (var parent = invocation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation conditional)
                {
                    return conditional.Operation;
                }
            }

            return null;
        }

        return invocation.Instance;
    }

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    // ---- locals: every load in the member that declares the local ----

    private static Evidence FromLocal(ILocalSymbol local, IOperation use, CancellationToken cancellationToken)
    {
        // Only 'var c = ...' / 'CascadeClassifier c = ...' declarations; foreach variables, out vars, pattern
        // variables and ref locals get their classifier from somewhere the reader cannot see.
        if (local is null || local.IsRef || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax)
        {
            return Evidence.FaceOrUnknown;
        }

        var root = use;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var evidence = Evidence.None;
        foreach (var operation in root.DescendantsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    var initializer = declarator.GetVariableInitializer();
                    if (initializer is not null)
                    {
                        evidence = Combine(evidence, FromAssignedValue(initializer.Value));
                    }

                    break;
                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local):
                    evidence = Combine(evidence, FromUse(reference));
                    break;
            }

            if (evidence == Evidence.FaceOrUnknown)
            {
                return evidence;
            }
        }

        return evidence;
    }

    // ---- fields and properties: every load within the declaring type ----

    private static Evidence FromMember(ISymbol member, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (member is null || model is null || !CanOnlyBeAssignedWithinType(member, cancellationToken))
        {
            return Evidence.FaceOrUnknown;
        }

        member = member.OriginalDefinition;
        var type = member.ContainingType;
        if (type is null || type.DeclaringSyntaxReferences.Length == 0)
        {
            return Evidence.FaceOrUnknown;
        }

        var evidence = Evidence.None;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            // Partial declarations in other files would need another semantic model; analyzers must not
            // create one, so such types stay unknown.
            if (reference.SyntaxTree != model.SyntaxTree)
            {
                return Evidence.FaceOrUnknown;
            }
        }

        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            evidence = Combine(evidence, FromDeclarationInitializer(reference.GetSyntax(cancellationToken), model, cancellationToken));
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != member.Name)
                {
                    continue;
                }

                // 'this._c' and 'x?._c' bind at the member access, not at the name.
                SyntaxNode bound = identifier.Parent switch
                {
                    MemberAccessExpressionSyntax access when access.Name == identifier => access,
                    MemberBindingExpressionSyntax binding => binding,
                    _ => identifier,
                };
                var operation = model.GetOperation(bound, cancellationToken);
                if (operation is null || !ReferencesMember(operation, member))
                {
                    continue;
                }

                evidence = Combine(evidence, FromUse(operation));
                if (evidence == Evidence.FaceOrUnknown)
                {
                    return evidence;
                }
            }
        }

        return evidence;
    }

    /// <summary>
    /// A readonly or private field, or a non-virtual auto-property without a setter or with a private one:
    /// every assignment is then in the declaring type, where the scan looks.
    /// </summary>
    private static bool CanOnlyBeAssignedWithinType(ISymbol member, CancellationToken cancellationToken)
    {
        switch (member)
        {
            case IFieldSymbol field:
                return field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private;
            case IPropertySymbol property:
                if (property.IsVirtual || property.IsAbstract || property.IsOverride || property.IsIndexer
                    || property.DeclaringSyntaxReferences.Length != 1
                    || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration
                    || declaration.ExpressionBody is not null
                    || declaration.AccessorList is null)
                {
                    return false;
                }

                foreach (var accessor in declaration.AccessorList.Accessors)
                {
                    if (accessor.Body is not null || accessor.ExpressionBody is not null)
                    {
                        return false; // not an auto-property: the getter may return anything
                    }
                }

                return property.SetMethod is null
                    || property.SetMethod.DeclaredAccessibility == Accessibility.Private
                    || property.DeclaredAccessibility == Accessibility.Private;
            default:
                return false;
        }
    }

    private static Evidence FromDeclarationInitializer(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        var initializer = declaration switch
        {
            VariableDeclaratorSyntax variable => variable.Initializer,
            PropertyDeclarationSyntax property => property.Initializer,
            _ => null,
        };
        if (initializer is null)
        {
            return Evidence.None;
        }

        return model.GetOperation(initializer, cancellationToken) is ISymbolInitializerOperation symbolInitializer
            ? FromAssignedValue(symbolInitializer.Value)
            : Evidence.FaceOrUnknown;
    }

    private static bool ReferencesMember(IOperation operation, ISymbol member) => operation switch
    {
        IFieldReferenceOperation field => SymbolEqualityComparer.Default.Equals(field.Field.OriginalDefinition, member),
        IPropertyReferenceOperation property => SymbolEqualityComparer.Default.Equals(property.Property.OriginalDefinition, member),
        _ => false,
    };

    // ---- one use of the local, field or property ----

    /// <summary>What one occurrence of the classifier variable contributes: an assignment, a Load, or a hidden write.</summary>
    private static Evidence FromUse(IOperation reference)
    {
        if (reference.Parent is null)
        {
            return Evidence.None;
        }

        // Writes through conversions (e.g. '(c) = ...') are written the same way; look through them.
        var child = reference;
        var parent = reference.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            child = parent;
            parent = parent.Parent;
        }

        switch (parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == child:
                return assignment.IsRef ? Evidence.FaceOrUnknown : FromAssignedValue(assignment.Value);
            case ICoalesceAssignmentOperation coalesce when coalesce.Target == child:
                return FromAssignedValue(coalesce.Value);
            case IInvocationOperation call when call.Instance == child:
                return FromInstanceCall(call);
            case IArgumentOperation argument when argument.Parameter is { RefKind: RefKind.Ref or RefKind.Out }:
                return Evidence.FaceOrUnknown;
            case IDeclarationExpressionOperation:
            case ITupleOperation:
                // out var, deconstruction: assigned from a value the reader cannot see here.
                return Evidence.FaceOrUnknown;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } }:
                return Evidence.FaceOrUnknown; // 'ref var alias = ref c;' can reassign c through the alias
            default:
                if (parent is IConditionalAccessOperation conditional && conditional.Operation == child
                    && conditional.WhenNotNull is IInvocationOperation conditionalCall)
                {
                    return FromInstanceCall(conditionalCall);
                }

                return Evidence.None;
        }
    }

    private static Evidence FromInstanceCall(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (method is null || method.ContainingType is null || !IsCascadeClassifierType(method.ContainingType))
        {
            return Evidence.None;
        }

        if (method.Name == LoadMethodName)
        {
            return FromFileArgument(call.Arguments);
        }

        // Read(FileNode) loads a cascade from an already open file storage: its name is not visible.
        return method.Name == ReadMethodName ? Evidence.FaceOrUnknown : Evidence.None;
    }

    /// <summary>The classifier a value holds: <c>new CascadeClassifier(file)</c> or <c>new CascadeClassifier()</c> only.</summary>
    private static Evidence FromAssignedValue(IOperation? value)
    {
        if (Unwrap(value) is not IObjectCreationOperation creation
            || creation.Type is not INamedTypeSymbol createdType
            || !IsCascadeClassifierType(createdType))
        {
            return Evidence.FaceOrUnknown;
        }

        return creation.Arguments.IsDefaultOrEmpty ? Evidence.None : FromFileArgument(creation.Arguments);
    }

    private static Evidence FromFileArgument(ImmutableArray<IArgumentOperation> arguments)
    {
        if (arguments.IsDefaultOrEmpty)
        {
            return Evidence.FaceOrUnknown;
        }

        foreach (var argument in arguments)
        {
            if (argument?.Parameter?.Type.SpecialType == SpecialType.System_String)
            {
                return FromFileName(CascadeFileName(argument.Value));
            }
        }

        return Evidence.FaceOrUnknown;
    }

    private static Evidence FromFileName(string? fileName)
    {
        if (fileName is null || fileName.Trim().Length == 0)
        {
            return Evidence.FaceOrUnknown;
        }

        return fileName.IndexOf(FaceMarker, StringComparison.OrdinalIgnoreCase) >= 0 ? Evidence.FaceOrUnknown : Evidence.NonFace;
    }

    // ---- the cascade file name a path expression visibly ends with ----

    /// <summary>
    /// The file name (after the last '/' or '\') of a path that is a constant; <c>Path.Combine</c> or
    /// <c>Path.Join</c> whose last argument is a constant; or a concatenation or interpolation ending in a
    /// constant that contains a directory separator. <see langword="null"/> when the name is not visible.
    /// </summary>
    private static string? CascadeFileName(IOperation? path)
    {
        path = Unwrap(path);
        if (path is null)
        {
            return null;
        }

        if (path.ConstantValue is { HasValue: true, Value: string constant })
        {
            return AfterLastSeparator(constant);
        }

        switch (path)
        {
            case IInvocationOperation call when IsPathCombine(call.TargetMethod):
                return LastArgumentConstant(call.Arguments) is string last ? AfterLastSeparator(last) : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                return TailFileName(Unwrap(concatenation.RightOperand)?.ConstantValue);
            case IInterpolatedStringOperation interpolated when !interpolated.Parts.IsDefaultOrEmpty:
                return interpolated.Parts[interpolated.Parts.Length - 1] is IInterpolatedStringTextOperation text
                    ? TailFileName(text.Text?.ConstantValue)
                    : null;
            default:
                return null;
        }
    }

    // A constant tail names the file only when a separator shows where the directory part ends.
    private static string? TailFileName(Optional<object?>? tail) =>
        tail is { HasValue: true, Value: string text } && text.IndexOfAny(Separators) >= 0 ? AfterLastSeparator(text) : null;

    private static readonly char[] Separators = { '/', '\\' };

    private static string AfterLastSeparator(string path) => path.Substring(path.LastIndexOfAny(Separators) + 1);

    private static bool IsPathCombine(IMethodSymbol? method) =>
        method is { Name: "Combine" or "Join", ContainingType: { Name: "Path", ContainingType: null } type }
        && type.ContainingNamespace is { Name: "IO", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static string? LastArgumentConstant(ImmutableArray<IArgumentOperation> arguments)
    {
        IArgumentOperation? last = null;
        foreach (var argument in arguments)
        {
            if (argument?.Parameter is not null && (last is null || argument.Parameter.Ordinal > last.Parameter!.Ordinal))
            {
                last = argument;
            }
        }

        var value = Unwrap(last?.Value);
        if (last?.ArgumentKind == ArgumentKind.ParamArray)
        {
            // Path.Combine(params string[]): the last element of the implicit array.
            var elements = (value as IArrayCreationOperation)?.Initializer?.ElementValues ?? default;
            value = elements.IsDefaultOrEmpty ? null : Unwrap(elements[elements.Length - 1]);
        }

        return value?.ConstantValue is { HasValue: true, Value: string text } ? text : null;
    }
}
