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
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace BiometricConsent.CodeFixes;

/// <summary>
/// BIO1001 → <em>Check consent first</em>: inserts an early-exit guard calling the one consent check reachable
/// from the capture before the statement that contains it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CheckConsentFirstCodeFixProvider))]
[ExtensionOrder(Before = nameof(AddRequiresConsentCodeFixProvider))] // the IDE's first (default) fix for BIO1001
[Shared]
public sealed class CheckConsentFirstCodeFixProvider : CodeFixProvider
{
    internal const string Title = "Check consent first";
    internal const string EquivalenceKey = DiagnosticIds.UnguardedCapture + ".CheckConsentFirst";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnguardedCapture, DiagnosticIds.CaptureContradictsActivity);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAll.For(FixAsync);

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Planner? planner = null;
        return FixContext.RegisterAsync(
            context,
            EquivalenceKey,
            (fix, diagnostic) => (planner ??= Planner.Create(fix))?.Plan(diagnostic) != null ? Title : null,
            FixAsync);
    }

    private static Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        => FixContext.EditAsync(document, diagnostics, Edit, cancellationToken);

    private static void Edit(FixContext fix, SyntaxEditor editor, IReadOnlyList<Diagnostic> diagnostics)
    {
        var planner = Planner.Create(fix);
        if (planner == null)
        {
            return;
        }

        // One guard per statement, and none where a guard inserted earlier in an enclosing block already runs first:
        // fixing one diagnostic at a time would not meet those, so fix-all must not insert them either.
        var chosen = new List<GuardPlan>();
        foreach (var diagnostic in diagnostics)
        {
            var plan = planner.Plan(diagnostic);
            if (plan != null && !chosen.Any(c => Covers(c.Site.Anchor, plan.Site.Anchor)))
            {
                chosen.Add(plan);
            }
        }

        foreach (var plan in chosen)
        {
            GuardInsertion.Insert(editor, plan.Site, plan.Guard, plan.Function);
        }
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
        private readonly FixContext fix;
        private readonly ConsentSymbols symbols;

        private Planner(FixContext fix, ConsentSymbols symbols)
        {
            this.fix = fix;
            this.symbols = symbols;
        }

        internal static Planner? Create(FixContext fix)
        {
            var symbols = ConsentSymbols.TryCreate(fix.Model.Compilation, fix.Document.Project.AnalyzerOptions, fix.CancellationToken);
            return symbols == null ? null : new Planner(fix, symbols);
        }

        internal GuardPlan? Plan(Diagnostic diagnostic)
        {
            var site = GuardSite.Find(fix.NodeAt(diagnostic));
            if (site == null)
            {
                return null;
            }

            var model = fix.Model;
            var function = EnclosingFunction.Find(site.Anchor, model, fix.CancellationToken);
            var call = function == null ? null : new CheckFinder(model, site.Position, function.Symbol, symbols, fix.CancellationToken).FindSingle();
            if (call == null)
            {
                return null;
            }

            var invocation = call.IsAsync ? GuardStatements.Await(call.Invocation) : call.Invocation;
            var guard = call.Kind is CheckKind.Predicate or CheckKind.AsyncPredicate
                ? GuardStatements.ExitIf(GuardStatements.Not(invocation), ExitStatements.For(function!, model.Compilation))
                : SyntaxFactory.ExpressionStatement(invocation);
            return new GuardPlan(site, function!, guard);
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
