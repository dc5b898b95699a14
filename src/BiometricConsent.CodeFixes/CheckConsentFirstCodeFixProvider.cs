using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers;
using BiometricConsent.Analyzers.Symbols;
using BiometricConsent.CodeFixes.Checks;
using BiometricConsent.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace BiometricConsent.CodeFixes
{
    /// <summary>
    /// BIO1001 → <em>Check consent first</em>: inserts an early-exit guard calling the one consent check reachable
    /// from the capture before the statement that contains it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CheckConsentFirstCodeFixProvider))]
    [Shared]
    public sealed class CheckConsentFirstCodeFixProvider : CodeFixProvider
    {
        internal const string Title = "Check consent first";
        internal const string EquivalenceKey = DiagnosticIds.UnguardedCapture + ".CheckConsentFirst";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnguardedCapture);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => FixAll.For(FixAsync);

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var planner = await Planner.CreateAsync(document, context.CancellationToken).ConfigureAwait(false);
            if (planner == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (planner.Plan(diagnostic) != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => FixAsync(document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var planner = await Planner.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            if (planner == null)
            {
                return document;
            }

            // One guard per statement, and none where a guard inserted earlier in an enclosing block already runs first:
            // fixing one diagnostic at a time would not meet those, so fix-all must not insert them either.
            var chosen = new List<GuardPlan>();
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                var plan = planner.Plan(diagnostic);
                if (plan != null && !chosen.Any(c => Covers(c.Site.Anchor, plan.Site.Anchor)))
                {
                    chosen.Add(plan);
                }
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var plan in chosen)
            {
                GuardInsertion.Insert(editor, plan.Site, plan.Guard, plan.Function);
            }

            return await DocumentCleanup.RunAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Whether a guard before <paramref name="earlier"/> runs before <paramref name="later"/> on every path.</summary>
        private static bool Covers(SyntaxNode earlier, SyntaxNode later)
        {
            if (earlier == later)
            {
                return true;
            }

            if (earlier is not StatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax } statement)
            {
                return false;
            }

            for (var node = later; node != null; node = node.Parent)
            {
                if (node.Parent == statement.Parent)
                {
                    return node.SpanStart >= statement.SpanStart;
                }

                if (node is LocalFunctionStatementSyntax)
                {
                    return false; // a local function runs where it is called, not where it is declared
                }
            }

            return false;
        }

        /// <summary>Plans guards for the diagnostics of one document.</summary>
        private sealed class Planner
        {
            private readonly SyntaxNode _root;
            private readonly SemanticModel _model;
            private readonly ConsentSymbols _symbols;
                private readonly CancellationToken _cancellationToken;

            private Planner(SyntaxNode root, SemanticModel model, ConsentSymbols symbols, CancellationToken cancellationToken)
            {
                _root = root;
                _model = model;
                _symbols = symbols;
                _cancellationToken = cancellationToken;
            }

            internal static async Task<Planner?> CreateAsync(Document document, CancellationToken cancellationToken)
            {
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (root == null || model == null)
                {
                    return null;
                }

                var symbols = ConsentSymbols.TryCreate(model.Compilation, document.Project.AnalyzerOptions, cancellationToken);
                return symbols == null ? null : new Planner(root, model, symbols, cancellationToken);
            }

            internal GuardPlan? Plan(Diagnostic diagnostic)
            {
                var node = _root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                var site = GuardSite.Find(node);
                if (site == null)
                {
                    return null;
                }

                var function = EnclosingFunction.Find(site.Anchor is ArrowExpressionClauseSyntax arrow ? arrow.Expression : site.Anchor, _model, _cancellationToken);
                if (function == null)
                {
                    return null;
                }

                var call = new CheckFinder(_model, site.Position, function.Symbol, _symbols, _cancellationToken).FindSingle();
                if (call == null)
                {
                    return null;
                }

                var invocation = call.IsAsync ? GuardStatements.Await(call.Invocation) : call.Invocation;
                StatementSyntax guard = call.Kind is CheckKind.Predicate or CheckKind.AsyncPredicate
                    ? GuardStatements.ExitIf(GuardStatements.Not(invocation), ExitStatements.For(function, _model.Compilation))
                    : SyntaxFactory.ExpressionStatement(invocation);
                return new GuardPlan(site, function, guard);
            }
        }

        private sealed class GuardPlan
        {
            internal GuardPlan(GuardSite site, EnclosingFunction function, StatementSyntax guard)
            {
                Site = site;
                Function = function;
                Guard = guard;
            }

            internal GuardSite Site { get; }

            internal EnclosingFunction Function { get; }

            internal StatementSyntax Guard { get; }
        }
    }
}
