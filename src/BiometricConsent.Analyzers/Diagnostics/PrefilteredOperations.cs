using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using BiometricConsent.Analyzers.ActivityTies;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Diagnostics;

/// <summary>
/// The operation-based rules (BIO1001/BIO1900, BIO1002, BIO1004 for delegates, BIO1007 for local functions and
/// lambdas) behind the syntax pre-filter <see cref="CandidateSyntax"/>. Registering any operation action makes the
/// analyzer driver bind every member of the compilation and build its operation tree; a code-block action does
/// neither. So each member's syntax is scanned for candidate names first, and only the operation trees that hold a
/// candidate are built (<see cref="SemanticModel.GetOperation"/>) and walked, operation by operation, exactly as the
/// driver would have handed them to the operation actions.
/// </summary>
internal static class PrefilteredOperations
{
    internal static void Register(
        CompilationStartAnalysisContext context,
        CandidateSyntax filter,
        ConsentSymbols symbols,
        HandoverSymbols? handover,
        CaptureSiteInventory? inventory,
        ActivityLinks? links,
        bool graphFreeFlow)
    {
        context.RegisterCodeBlockAction(block =>
        {
            if (!filter.MayHoldCandidate(block.CodeBlock.SyntaxTree, block.CancellationToken))
            {
                return;
            }

            var roots = FindRoots(block.CodeBlock, block.SemanticModel, filter, block.CancellationToken);
            if (roots.IsEmpty)
            {
                return;
            }

            var cancellationToken = block.CancellationToken;
            var collector = UnguardedCaptureDiagnostic.TryCreateCollector(block.OwningSymbol, symbols, handover, inventory, links, graphFreeFlow, cancellationToken);
            foreach (var root in roots)
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    switch (operation.Kind)
                    {
                        case OperationKind.Invocation or OperationKind.PropertyReference or OperationKind.ObjectCreation or OperationKind.MethodReference:
                            collector?.Collect(operation, cancellationToken);
                            break;
                        case OperationKind.ExpressionStatement or OperationKind.SimpleAssignment:
                            DiscardedCheckDiagnostic.Analyze(operation, symbols, block.ReportDiagnostic);
                            break;
                        case OperationKind.LocalFunction or OperationKind.AnonymousFunction:
                            ExemptionJustificationDiagnostic.AnalyzeFunction(operation, block.ReportDiagnostic, cancellationToken);
                            break;
                        case OperationKind.DelegateCreation when handover != null:
                            LostObligationDiagnostic.AnalyzeDelegateCreation(operation, handover, block.ReportDiagnostic);
                            break;
                    }
                }
            }

            collector?.Analyze(roots, block.OwningSymbol, block.ReportDiagnostic, GraphOf, cancellationToken);

            ControlFlowGraph GraphOf(IOperation root) => root switch
            {
                IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
                IConstructorBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
                IFieldInitializerOperation initializer => ControlFlowGraph.Create(initializer, cancellationToken),
                IPropertyInitializerOperation initializer => ControlFlowGraph.Create(initializer, cancellationToken),
                _ => ControlFlowGraph.Create((IBlockOperation)root, cancellationToken),
            };
        });
    }

    /// <summary>
    /// The operation trees (roots: method body, constructor body, initializer…) of <paramref name="codeBlock"/> that
    /// hold a candidate node — all of them in a tree that mentions a marker attribute. Nested member declarations and
    /// accessors are code blocks of their own and are left to their own call.
    /// </summary>
    private static ImmutableArray<IOperation> FindRoots(SyntaxNode codeBlock, SemanticModel model, CandidateSyntax filter, CancellationToken cancellationToken)
    {
        var whole = filter.IsWholeTree(codeBlock.SyntaxTree, cancellationToken);
        // Most code blocks hold no candidate: no list is allocated for them.
        List<IOperation>? roots = null;
        foreach (var node in codeBlock.DescendantNodesAndSelf(n => n == codeBlock || !IsOwnCodeBlock(n)))
        {
            if ((node != codeBlock && IsOwnCodeBlock(node)) || (!whole && !filter.IsCandidate(node)) || (roots != null && IsCovered(node, roots)))
            {
                continue;
            }

            // A name is often not an operation itself (the name part of a member access): its nearest ancestor is.
            IOperation? operation = null;
            for (var current = node; current != null && operation == null; current = current == codeBlock ? null : current.Parent)
            {
                operation = model.GetOperation(current, cancellationToken);
            }

            if (operation == null)
            {
                continue;
            }

            while (operation.Parent != null)
            {
                operation = operation.Parent;
            }

            roots ??= new List<IOperation>();
            if (!roots.Contains(operation))
            {
                roots.Add(operation);
            }
        }

        return roots == null ? ImmutableArray<IOperation>.Empty : roots.ToImmutableArray();
    }

    /// <summary>
    /// Whether the driver hands <paramref name="node"/> to a code-block action of its own (with its own owning
    /// symbol): a nested member, an accessor, or the expression body of a property or indexer (the getter's).
    /// </summary>
    private static bool IsOwnCodeBlock(SyntaxNode node)
        => node is AccessorDeclarationSyntax
           || (node is MemberDeclarationSyntax && node is not GlobalStatementSyntax)
           || (node is ArrowExpressionClauseSyntax && node.Parent is BasePropertyDeclarationSyntax);

    private static bool IsCovered(SyntaxNode node, IList<IOperation> roots)
    {
        foreach (var root in roots)
        {
            if (root.Syntax.SyntaxTree == node.SyntaxTree && root.Syntax.Span.Contains(node.Span))
            {
                return true;
            }
        }

        return false;
    }
}
