using System;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace BiometricConsent.Analyzers.Diagnostics;

/// <summary>
/// BIO1002: a predicate consent check whose result is discarded: called as a statement (awaited or not),
/// assigned to the discard <c>_</c>, or called through <c>?.</c> as a statement. Its outcome then guards
/// nothing. Assertions are meant to be called as statements and are never reported.
/// </summary>
internal static class DiscardedCheckDiagnostic
{
    internal static void Register(CompilationStartAnalysisContext context, ConsentSymbols symbols)
    {
        context.RegisterOperationAction(
            operationContext => Analyze(operationContext.Operation, symbols, operationContext.ReportDiagnostic),
            OperationKind.ExpressionStatement,
            OperationKind.SimpleAssignment);
    }

    /// <summary>Reports BIO1002 when <paramref name="operation"/> (an expression statement or a simple assignment) discards a predicate check.</summary>
    internal static void Analyze(IOperation operation, ConsentSymbols symbols, Action<Diagnostic> report)
    {
        var discarded = operation switch
        {
            IExpressionStatementOperation statement => statement.Operation,
            ISimpleAssignmentOperation { Target: IDiscardOperation } assignment => assignment.Value,
            _ => null,
        };

        var check = FindPredicateCheck(discarded, symbols);
        if (check != null)
        {
            report(Diagnostic.Create(
                Descriptors.DiscardedConsentCheck,
                check.Syntax.GetLocation(),
                check.TargetMethod.ToDisplayString(DisplayFormats.Member)));
        }
    }

    /// <summary>
    /// The predicate check whose value <paramref name="value"/> is, looking through <c>await</c>,
    /// <c>ConfigureAwait</c>, conversions and <c>?.</c>; <see langword="null"/> when it is not one.
    /// </summary>
    internal static IInvocationOperation? FindPredicateCheck(IOperation? value, ConsentSymbols symbols)
    {
        while (value != null)
        {
            switch (value)
            {
                case IAwaitOperation awaited:
                    value = awaited.Operation;
                    continue;
                case IConversionOperation conversion:
                    value = conversion.Operand;
                    continue;
                case IConditionalAccessOperation conditionalAccess:
                    value = conditionalAccess.WhenNotNull;
                    continue;
                case IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } task } when symbols.IsTask(task.Type):
                    value = task;
                    continue;
                case IInvocationOperation invocation when (symbols.GetRoles(invocation.TargetMethod) & MemberRoles.Check) != 0:
                    var kind = symbols.GetCheckKind(invocation.TargetMethod);
                    return kind is CheckKind.Predicate or CheckKind.AsyncPredicate ? invocation : null;
                default:
                    return null;
            }
        }

        return null;
    }
}
