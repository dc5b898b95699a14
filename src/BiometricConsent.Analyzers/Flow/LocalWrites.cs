using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>Which locals an operation overwrites, so that what was known about their value is forgotten.</summary>
internal static class LocalWrites
{
    /// <summary>Adds to <paramref name="written"/> the locals that <paramref name="operation"/> itself (not its children) writes.</summary>
    internal static void Collect(IOperation operation, ICollection<ILocalSymbol> written)
    {
        switch (operation)
        {
            case IAssignmentOperation { Target: ILocalReferenceOperation local }:
                written.Add(local.Local);
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                CollectTargets(deconstruction.Target, written);
                break;
            case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation local }:
                written.Add(local.Local);
                break;
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: ILocalReferenceOperation local }:
                written.Add(local.Local);
                break;
            case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol local }:
                written.Add(local);
                break;
            case IRecursivePatternOperation { DeclaredSymbol: ILocalSymbol local }:
                written.Add(local);
                break;
            case IListPatternOperation { DeclaredSymbol: ILocalSymbol local }:
                written.Add(local);
                break;
        }
    }

    /// <summary>
    /// Adds to <paramref name="aliased"/> the locals that <paramref name="operation"/> itself makes writable through
    /// another name (a <c>ref</c> local, a pointer, a <c>ref</c> argument a ref struct may keep): writes through the
    /// alias are invisible, so nothing about their value can be trusted afterwards.
    /// </summary>
    internal static void CollectAliased(IOperation operation, ICollection<ILocalSymbol> aliased)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation { IsRef: true, Value: ILocalReferenceOperation local }:
                aliased.Add(local.Local);
                break;
            case IAddressOfOperation { Reference: ILocalReferenceOperation local }:
                aliased.Add(local.Local);
                break;
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref, Value: ILocalReferenceOperation local } argument when MayKeepReference(argument.Parent):
                aliased.Add(local.Local);
                break;
        }
    }

    /// <summary>Whether the call may store a <c>ref</c> argument: it creates, returns or is a member of a ref struct, or returns by reference.</summary>
    private static bool MayKeepReference(IOperation? call)
        => call switch
        {
            IObjectCreationOperation creation => creation.Type?.IsRefLikeType == true,
            IInvocationOperation invocation => invocation.TargetMethod.ReturnType.IsRefLikeType
                || invocation.TargetMethod.RefKind != RefKind.None
                || invocation.TargetMethod.ContainingType?.IsRefLikeType == true,
            _ => true,
        };

    /// <summary>Adds to <paramref name="written"/> every local that blocks <paramref name="first"/> to <paramref name="last"/> of <paramref name="graph"/> write, once per write.</summary>
    internal static void CollectAll(ControlFlowGraph graph, int first, int last, ICollection<ILocalSymbol> written)
    {
        for (var ordinal = first; ordinal <= last; ordinal++)
        {
            var block = graph.Blocks[ordinal];
            foreach (var operation in block.Operations)
            {
                CollectAll(operation, written);
            }

            if (block.BranchValue != null)
            {
                CollectAll(block.BranchValue, written);
            }
        }
    }

    /// <summary>Adds to <paramref name="written"/> every local that <paramref name="root"/> or any operation inside it writes.</summary>
    internal static void CollectAll(IOperation root, ICollection<ILocalSymbol> written)
    {
        var stack = new Stack<IOperation>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var operation = stack.Pop();
            Collect(operation, written);
            foreach (var child in operation.ChildOperations)
            {
                stack.Push(child);
            }
        }
    }

    private static void CollectTargets(IOperation target, ICollection<ILocalSymbol> written)
    {
        var stack = new Stack<IOperation>();
        stack.Push(target);
        while (stack.Count > 0)
        {
            var operation = stack.Pop();
            if (operation is ILocalReferenceOperation local)
            {
                written.Add(local.Local);
            }

            foreach (var child in operation.ChildOperations)
            {
                stack.Push(child);
            }
        }
    }
}
