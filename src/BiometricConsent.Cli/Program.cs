namespace BiometricConsent.Cli
{
    internal static class Program
    {
        // Placeholder until the assess/rules commands land (issue: rules library).
        private static int Main(string[] args) => 2;
    }
}
