namespace BiometricConsent.Analyzers.Tests.Handover;

/// <summary>
/// Declarations with the names of the ASP.NET Core, SignalR and gRPC types that BIO1004 recognises, so the tests
/// need no web framework packages; the analyzer resolves them by metadata name as it does the real ones.
/// </summary>
internal static class FrameworkStubs
{
    internal const string Source = """
        namespace Microsoft.AspNetCore.Mvc
        {
            using System;

            [AttributeUsage(AttributeTargets.Class, Inherited = true)]
            public class ControllerAttribute : Attribute { }

            [AttributeUsage(AttributeTargets.Class)]
            public sealed class ApiControllerAttribute : ControllerAttribute { }

            [AttributeUsage(AttributeTargets.Class)]
            public sealed class NonControllerAttribute : Attribute { }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class NonActionAttribute : Attribute { }

            [Controller]
            public abstract class ControllerBase { }
        }

        namespace Microsoft.AspNetCore.SignalR
        {
            public abstract class Hub { }

            public abstract class Hub<T> : Hub where T : class { }
        }

        namespace Grpc.Core
        {
            using System;

            [AttributeUsage(AttributeTargets.Class)]
            public class BindServiceMethodAttribute : Attribute
            {
                public BindServiceMethodAttribute(Type bindType, string bindMethodName) { }
            }
        }

        namespace Microsoft.AspNetCore.Routing
        {
            public interface IEndpointRouteBuilder { }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            using System;
            using Microsoft.AspNetCore.Routing;

            public static class EndpointRouteBuilderExtensions
            {
                public static object MapGet(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => handler;
                public static object MapPost(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => handler;
            }
        }
        """;
}
