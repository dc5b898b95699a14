using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers;
using BiometricConsent.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.CodeFixes;

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
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => FixContext.RegisterAsync(context, EquivalenceKey, (fix, diagnostic) => Plan(fix, diagnostic) != null ? Title : null, FixAsync);

    private static Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        => FixContext.EditAsync(document, diagnostics, Edit, cancellationToken);

    private static void Edit(FixContext fix, SyntaxEditor editor, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (Plan(fix, diagnostic) is { } plan)
            {
                GuardInsertion.Replace(editor, plan.Statement, plan.Guard);
            }
        }
    }

    private static (ExpressionStatementSyntax Statement, StatementSyntax Guard)? Plan(FixContext fix, Diagnostic diagnostic)
    {
        var node = fix.NodeAt(diagnostic);
        var statement = node.FirstAncestorOrSelf<ExpressionStatementSyntax>();
        var function = statement == null ? null : EnclosingFunction.Find(statement, fix.Model, fix.CancellationToken);
        if (statement == null || function == null || InsideLambda(node, statement))
        {
            return null;
        }

        // The discarded value: the statement's expression, or the right side of "_ = ...".
        var value = statement.Expression;
        if (value is AssignmentExpressionSyntax assignment
            && fix.Model.GetOperation(assignment, fix.CancellationToken) is ISimpleAssignmentOperation { Target: IDiscardOperation })
        {
            value = assignment.Right;
        }

        var failed = Failed(value, fix, function);
        return failed == null ? null : (statement, GuardStatements.ExitIf(failed, ExitStatements.For(function, fix.Model.Compilation)));
    }

    /// <summary>
    /// Whether the check is discarded by an expression-bodied lambda within <paramref name="statement"/>: the
    /// statement's value is then the outer call's, which a guard must not test.
    /// </summary>
    private static bool InsideLambda(SyntaxNode node, ExpressionStatementSyntax statement)
    {
        for (var current = node; current != null && current != statement; current = current.Parent)
        {
            if (current is AnonymousFunctionExpressionSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The condition under which consent is missing, or <see langword="null"/> when the value is not a yes/no the guard can test.</summary>
    private static ExpressionSyntax? Failed(ExpressionSyntax value, FixContext fix, EnclosingFunction function)
    {
        var type = fix.Model.GetTypeInfo(value, fix.CancellationToken).Type;
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
