using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Flow
{
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
}
