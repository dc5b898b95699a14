using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using BiometricConsent.Analyzers.Activities;
using BiometricConsent.Analyzers.ActivityTies;
using BiometricConsent.Analyzers.Flow;
using BiometricConsent.Analyzers.SdkCatalog;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace BiometricConsent.Analyzers.Diagnostics;

/// <summary>
/// BIO1001: a capture API or <c>[RequiresConsent]</c> member is called at a point that a consent check does not
/// guard on every path. Capture points are collected per operation block; only blocks that have one pay for a
/// control-flow graph (which the driver caches) and the flow analysis. When the project asks for the capture-site
/// inventory, the same collection and flow results also yield BIO1900 for every site (<see cref="CaptureSiteInventory"/>).
/// BIO2004 is BIO1001 at a site whose code is tied to an activity that declares consent as its basis: it is reported
/// instead of BIO1001 there (one defect, one diagnostic; docs/analyzer.md "Capture sites tied to activities"), and also
/// at the sites of a <c>[ConsentExempt]</c> member so tied, which BIO1001 does not analyse.
/// </summary>
internal static class UnguardedCaptureDiagnostic
{
    internal static void Register(CompilationStartAnalysisContext context, ConsentSymbols symbols, HandoverSymbols? handover, CaptureSiteInventory? inventory, ActivityLinks? links, bool graphFreeFlow)
    {
        context.RegisterOperationBlockStartAction(start =>
        {
            var collector = TryCreateCollector(start.OwningSymbol, symbols, handover, inventory, links, graphFreeFlow, start.CancellationToken);
            if (collector == null)
            {
                return;
            }

            start.RegisterOperationAction(
                operationContext => collector.Collect(operationContext.Operation, operationContext.CancellationToken),
                CollectedKinds);
            start.RegisterOperationBlockEndAction(end => collector.Analyze(
                end.OperationBlocks, end.OwningSymbol, end.ReportDiagnostic, end.GetControlFlowGraph, end.CancellationToken));
        });
    }

    /// <summary>The operations a capture point, a consent check or a <c>[Conditional]</c> call can be.</summary>
    internal static readonly OperationKind[] CollectedKinds =
    {
        OperationKind.Invocation, OperationKind.PropertyReference, OperationKind.ObjectCreation, OperationKind.MethodReference,
    };

    /// <summary>
    /// The collector for one member's code, or <see langword="null"/> when nothing there can be reported: inside a
    /// <c>[RequiresConsent]</c> or <c>[ConsentExempt]</c> member the callers or the exemption answer for consent,
    /// and only the inventory still lists its sites, and BIO2004 those of an exempt member whose activity claims consent.
    /// </summary>
    internal static Collector? TryCreateCollector(ISymbol owner, ConsentSymbols symbols, HandoverSymbols? handover, CaptureSiteInventory? inventory, ActivityLinks? links, bool graphFreeFlow, CancellationToken cancellationToken)
    {
        var assumesConsent = ConsentSymbols.AssumesConsent(owner, cancellationToken);
        var exemptUnderConsent = assumesConsent && links != null && ConsentSymbols.IsExempt(owner)
            && links.ConsentBasedActivityOf(owner) != null;
        return assumesConsent && inventory == null && !exemptUnderConsent
            ? null
            : new Collector(symbols, handover, inventory, links, assumesConsent, graphFreeFlow);
    }

    /// <summary>The property of a BIO2004 at a site of a <c>[ConsentExempt]</c> member, where <em>Add [RequiresConsent]</em> would change nothing.</summary>
    internal const string InExemptMember = "inExemptMember";

    /// <summary>The location BIO1001 is reported at: the whole invocation or member access, <c>?.</c> included.</summary>
    internal static Location ReportedLocation(SyntaxNode syntax)
    {
        var node = syntax;
        while (node.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == node)
        {
            node = conditional;
        }

        return node.GetLocation();
    }

    /// <summary>Collects one member's capture points, checks and <c>[Conditional]</c> arguments, then runs its flow analysis.</summary>
    internal sealed class Collector
    {
        private readonly ConsentSymbols symbols;
        private readonly HandoverSymbols? handover;
        private readonly CaptureSiteInventory? inventory;
        private readonly ActivityLinks? links;
        private readonly bool assumesConsent;
        private readonly bool graphFreeFlow;
        private readonly object gate = new object();
        private readonly Dictionary<SyntaxNode, CapturePoint> capturePoints = new Dictionary<SyntaxNode, CapturePoint>();
        private readonly List<TextSpan> conditionalArgumentSpans = new List<TextSpan>();

        // The consent checks of the block, kept only for the inventory, which names the one nearest before a guarded site.
        private readonly List<IOperation> checks = new List<IOperation>();

        internal Collector(ConsentSymbols symbols, HandoverSymbols? handover, CaptureSiteInventory? inventory, ActivityLinks? links, bool assumesConsent, bool graphFreeFlow)
        {
            this.symbols = symbols;
            this.handover = handover;
            this.inventory = inventory;
            this.links = links;
            this.assumesConsent = assumesConsent;
            this.graphFreeFlow = graphFreeFlow;
        }

        internal void Collect(IOperation operation, CancellationToken cancellationToken)
        {
            ISymbol? target = operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IPropertyReferenceOperation property => property.Property,
                IObjectCreationOperation creation => creation.Constructor,
                IMethodReferenceOperation reference => reference.Method,
                _ => null,
            };
            if (target == null)
            {
                return;
            }

            var roles = symbols.GetRoles(target);
            if ((roles & MemberRoles.Conditional) != 0 && operation is IInvocationOperation conditionalCall)
            {
                lock (gate)
                {
                    foreach (var argument in conditionalCall.Arguments)
                    {
                        conditionalArgumentSpans.Add(argument.Syntax.Span);
                    }
                }
            }

            if (inventory != null && (roles & MemberRoles.Check) != 0 && operation is IInvocationOperation or IPropertyReferenceOperation)
            {
                lock (gate)
                {
                    checks.Add(operation);
                }
            }

            if (!IsCapturePoint(roles, operation, cancellationToken) || IsHandedOver(roles, operation))
            {
                return;
            }

            lock (gate)
            {
                capturePoints[operation.Syntax] = new CapturePoint(operation, target);
            }
        }

        /// <summary>
        /// A [RequiresConsent] method handed as a delegate to something that cannot check consent is BIO1004: a check
        /// before the handover would not help, so BIO1001 would point at the wrong fix. A capture API handed over
        /// stays BIO1001 (BIO1004 does not report it).
        /// </summary>
        private bool IsHandedOver(MemberRoles roles, IOperation operation)
            => handover != null
               && (roles & MemberRoles.RequiresConsent) != 0
               && operation is IMethodReferenceOperation { Parent: IDelegateCreationOperation creation }
               && handover.DelegateCaller(creation) != null;

        private bool IsCapturePoint(MemberRoles roles, IOperation operation, CancellationToken cancellationToken)
        {
            if ((roles & (MemberRoles.Capture | MemberRoles.RequiresConsent)) == 0
                && ((roles & MemberRoles.CatalogCapture) == 0 || !symbols.IsCatalogEnabled(operation.Syntax.SyntaxTree)))
            {
                return false;
            }

            // CascadeClassifier.DetectMultiScale finds faces unless the classifier visibly loads another cascade.
            return operation is not IInvocationOperation invocation
                || !CascadeClassifierHeuristic.IsCascadeDetect(invocation.TargetMethod)
                || !CascadeClassifierHeuristic.IsVisiblyNonFaceCascade(invocation, cancellationToken);
        }

        /// <summary>
        /// Analyses the member's blocks that hold a capture point. <paramref name="graphOf"/> gives a block's
        /// control-flow graph; it is asked only where the graph-free walk cannot decide.
        /// </summary>
        internal void Analyze(ImmutableArray<IOperation> blocks, ISymbol owner, Action<Diagnostic> report, Func<IOperation, ControlFlowGraph> graphOf, CancellationToken cancellationToken)
        {
            Dictionary<SyntaxNode, CapturePoint> capturePoints;
            ImmutableArray<TextSpan> conditionalSpans;
            List<IOperation> checks;
            lock (gate)
            {
                if (this.capturePoints.Count == 0)
                {
                    return;
                }

                capturePoints = new Dictionary<SyntaxNode, CapturePoint>(this.capturePoints);
                conditionalSpans = conditionalArgumentSpans.ToImmutableArray();
                checks = new List<IOperation>(this.checks);
            }

            // Asked once per block, and only when a site is unguarded (or the member exempt): most blocks never ask.
            var consentActivity = links == null ? null : new Lazy<(ActivityTie Tie, ActivityDocument Activity)?>(
                () => links.ConsentBasedActivityOf(owner));

            if (assumesConsent)
            {
                // Only reached with the inventory on or for an exempt member whose activity claims consent (TryCreateCollector):
                // no flow analysis, the member's mark answers for consent.
                if (consentActivity?.Value is { } exemptActivity && ConsentSymbols.IsExempt(owner))
                {
                    foreach (var point in capturePoints.Values)
                    {
                        ReportContradiction(owner, report, point, "under [ConsentExempt] without checking consent", exemptActivity.Activity, exempt: true);
                    }
                }

                inventory?.ReportAssumed(owner, report, capturePoints.Values);
                return;
            }

            var inventoried = inventory == null ? null : new HashSet<SyntaxNode>();

            var flowContext = new FlowContext(symbols, capturePoints, conditionalSpans, cancellationToken);
            var analyzedRoots = new List<IOperation>(1);
            foreach (var block in blocks)
            {
                // A method's blocks hang below its IMethodBodyOperation: one graph per root.
                var root = block;
                while (root.Parent != null)
                {
                    root = root.Parent;
                }

                if (!HasGraph(root) || analyzedRoots.Contains(root) || !ContainsCapturePoint(root.Syntax.FullSpan, capturePoints))
                {
                    continue;
                }

                analyzedRoots.Add(root);

                // A simply structured body needs no control-flow graph, whose builder is quadratic in the statements of a block.
                var results = (graphFreeFlow ? StructuredFlow.TryAnalyze(root, flowContext) : null) ?? MemberFlow.Analyze(graphOf(block), flowContext);
                foreach (var result in results)
                {
                    if (!capturePoints.TryGetValue(result.Key, out var point))
                    {
                        continue;
                    }

                    var reportedAs = DiagnosticIds.UnguardedCapture;
                    if (!result.Value && consentActivity?.Value is { } activity)
                    {
                        ReportContradiction(owner, report, point, "without a consent check that succeeded on every path before it", activity.Activity);
                        reportedAs = DiagnosticIds.CaptureContradictsActivity;
                    }
                    else if (!result.Value)
                    {
                        report(Diagnostic.Create(
                            Descriptors.UnguardedCapture,
                            ReportedLocation(result.Key),
                            point.Target.ToDisplayString(DisplayFormats.Member),
                            owner.ToDisplayString(DisplayFormats.Member)));
                    }

                    if (inventoried != null && inventoried.Add(result.Key))
                    {
                        inventory!.ReportAnalyzed(owner, report, point, result.Value, checks, reportedAs);
                    }
                }
            }

            if (inventoried != null)
            {
                foreach (var pair in capturePoints)
                {
                    if (!inventoried.Contains(pair.Key))
                    {
                        inventory!.ReportUnreached(owner, report, pair.Value);
                    }
                }
            }
        }

        /// <summary>BIO2004 at the site, with the activity file's consent fact as a second location to jump to.</summary>
        private static void ReportContradiction(ISymbol owner, Action<Diagnostic> report, CapturePoint point, string how, ActivityDocument activity, bool exempt = false)
        {
            var consent = ActivityDescriptions.ConsentLocation(activity);
            var basisLine = consent.GetLineSpan().StartLinePosition.Line + 1;
            report(Diagnostic.Create(
                Descriptors.CaptureContradictsActivity,
                ReportedLocation(point.Operation.Syntax),
                new[] { consent },
                exempt ? ImmutableDictionary<string, string?>.Empty.Add(InExemptMember, "true") : null,
                point.Target.ToDisplayString(DisplayFormats.Member),
                owner.ToDisplayString(DisplayFormats.Member),
                how,
                activity.ActivityId,
                System.IO.Path.GetFileName(activity.Path) + ", line " + basisLine.ToString(CultureInfo.InvariantCulture)));
        }

        internal static bool HasGraph(IOperation block)
            => block.Kind is OperationKind.Block
                or OperationKind.MethodBody
                or OperationKind.ConstructorBody
                or OperationKind.FieldInitializer
                or OperationKind.PropertyInitializer;

        private static bool ContainsCapturePoint(TextSpan span, Dictionary<SyntaxNode, CapturePoint> capturePoints)
        {
            foreach (var syntax in capturePoints.Keys)
            {
                if (span.Contains(syntax.Span))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
