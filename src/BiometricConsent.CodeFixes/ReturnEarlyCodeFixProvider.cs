using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers;
using BiometricConsent.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.CodeFixes
{
    /// <summary>
    /// BIO1002 → <em>Return early when consent is missing</em>: the statement that discards a predicate check becomes
    /// the guard <c>if (!check(...)) return;</c>, with the exit <see cref="ExitStatements"/> picks for the function.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReturnEarlyCodeFixProvider))]
    [Shared]
    public sealed class ReturnEarlyCodeFixProvider : CodeFixProvider
    {
        internal const string Title = "Return early when consent is missing";
        internal const string EquivalenceKey = DiagnosticIds.DiscardedConsentCheck + ".ReturnEarly";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DiscardedConsentCheck);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => FixAll.For(FixAsync);

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (Plan(root, model, diagnostic, context.CancellationToken) != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => FixAsync(document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return document;
            }

            var editor = new SyntaxEditor(root, document.Project.Solution.Services);
            foreach (var diagnostic in diagnostics)
            {
                if (Plan(root, model, diagnostic, cancellationToken) is { } plan)
                {
                    GuardInsertion.Replace(editor, plan.Statement, plan.Guard);
                }
            }

            return await DocumentCleanup.RunAsync(document.WithSyntaxRoot(editor.GetChangedRoot()), cancellationToken).ConfigureAwait(false);
        }

        private static (ExpressionStatementSyntax Statement, StatementSyntax Guard)? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var statement = node.FirstAncestorOrSelf<ExpressionStatementSyntax>();
            var function = statement == null ? null : EnclosingFunction.Find(statement, model, cancellationToken);
            if (statement == null || function == null)
            {
                return null;
            }

            // The discarded value: the statement's expression, or the right side of "_ = ...".
            var value = statement.Expression;
            if (value is AssignmentExpressionSyntax assignment
                && model.GetOperation(assignment, cancellationToken) is ISimpleAssignmentOperation { Target: IDiscardOperation })
            {
                value = assignment.Right;
            }

            var failed = Failed(value, model, function, cancellationToken);
            return failed == null ? null : (statement, GuardStatements.ExitIf(failed, ExitStatements.For(function, model.Compilation)));
        }

        /// <summary>The condition under which consent is missing, or <see langword="null"/> when the value is not a yes/no the guard can test.</summary>
        private static ExpressionSyntax? Failed(ExpressionSyntax value, SemanticModel model, EnclosingFunction function, CancellationToken cancellationToken)
        {
            var type = model.GetTypeInfo(value, cancellationToken).Type;
            if (type == null)
            {
                return null;
            }

            value = value.WithoutTrivia();
            if (type.SpecialType == SpecialType.System_Boolean)
            {
                return GuardStatements.Not(value);
            }

            // consent?.IsGranted(...) is a bool?: only true is a yes.
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean)
            {
                return GuardStatements.NotTrue(value);
            }

            // An unawaited Task<bool>: awaited where the function may await; blocking on it could deadlock.
            if (function.Symbol.IsAsync
                && type is INamedTypeSymbol { IsGenericType: true } task
                && task.TypeArguments[0].SpecialType == SpecialType.System_Boolean
                && task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks"
                && task.Name is "Task" or "ValueTask")
            {
                return GuardStatements.Not(GuardStatements.Await(value));
            }

            return null;
        }
    }
}
