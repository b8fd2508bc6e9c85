using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ConnectorSdk.Build.Tests;

/// <summary>
/// A third party's rule pack outside this repository: the example pack (examples/RulePacks) copied to a folder of its own,
/// its project files referencing only the packed ConnectorSdk.Analysis.Abstractions and ConnectorSdk.Testing (README,
/// "Third-party rule packs"). Its verifier tests pass, wrong expectations fail, the engine inside the Testing package is
/// not there to compile against, and a connector project loads the pack.
/// </summary>
[Collection(nameof(PackedSdk))]
public sealed partial class RulePackSdkBuildTests(PackedSdk sdk)
{
    private const string WrongOnPurpose = "WrongOnPurpose";

    /// <summary>Expectations that do not hold, each a way a verifier test must fail.</summary>
    private const string WrongExpectations = """"
        using Verify = ConnectorSdk.Testing.ConnectorVerifier<Contoso.ConnectorRules.SummaryPeriodRule>;

        namespace Contoso.ConnectorRules.Tests;

        [Trait("Category", "WrongOnPurpose")]
        public sealed class WrongExpectations
        {
            private const string Swagger = """{ "swagger": "2.0", "paths": { "/tasks": { "post": { "summary": {|#0:"Create a task."|}, "responses": {} } } } }""";

            [Fact]
            public Task WrongArguments() => Verify.VerifySwaggerAsync(Swagger, Verify.Diagnostic().WithLocation(0).WithArguments("GET /tasks"));

            [Fact]
            public Task WrongMessage() => Verify.VerifySwaggerAsync(Swagger, Verify.Diagnostic().WithLocation(0).WithMessage("The summary ends with a period"));

            [Fact]
            public Task NoLocation() => Verify.VerifySwaggerAsync(Swagger, Verify.Diagnostic().WithArguments("POST /tasks"));

            [Fact]
            public Task NothingExpected() => Verify.VerifySwaggerAsync(Swagger);
        }
        """";

    [Fact]
    public void ExamplePack_BuiltFromThePackagesAlone_PassesItsTests_FailsWrongOnes_AndLoadsIntoAConnectorProject()
    {
        var root = sdk.NewFolder("rule-pack");
        GettingStartedSdkBuildTests.CopyFolder(Path.Combine(RepositoryFolder.Path, "examples", "RulePacks"), root, GettingStartedSdkBuildTests.IsSource);
        var pack = Path.Combine(root, "Contoso.ConnectorRules");
        var tests = Path.Combine(root, "Contoso.ConnectorRules.Tests");
        ReferencePackages(Path.Combine(pack, "Contoso.ConnectorRules.csproj"));
        ReferencePackages(Path.Combine(tests, "Contoso.ConnectorRules.Tests.csproj"));
        File.WriteAllText(Path.Combine(tests, "WrongExpectations.cs"), WrongExpectations);
        WriteNuGetConfig(root, sdk.Feed);
        var facts = Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Path, "examples", "RulePacks", "Contoso.ConnectorRules.Tests"), "*.cs")
            .Sum(file => Regex.Count(File.ReadAllText(file), @"\[Fact\]"));

        var passing = sdk.RunIn(tests, "test", "--filter", $"Category!={WrongOnPurpose}");
        var failing = sdk.RunIn(tests, "test", "--no-build", "--filter", $"Category={WrongOnPurpose}");

        Assert.True(passing.ExitCode == 0, passing.ToString());
        Assert.Matches($@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+{facts},", passing.Output);
        Assert.Contains("CTSO001", File.ReadAllText(Path.Combine(pack, "bin", "Debug", "net10.0", "Contoso.ConnectorRules.xml")), StringComparison.Ordinal);
        Assert.True(failing.ExitCode == 1, failing.ToString());
        Assert.Matches(@"Failed!\s+-\s+Failed:\s+4,\s+Passed:\s+0,", failing.Output);
        Assert.All(
            [
                "apiDefinition.swagger.json(1,65,1,81): any severity CTSO001 with arguments (GET /tasks)",
                "apiDefinition.swagger.json(1,65,1,81): Warning CTSO001: The summary of POST /tasks ends with a period",
                "any severity CTSO001 \"The summary ends with a period\"",
                "The expected CTSO001 says nowhere where it is",
            ],
            message => Assert.Contains(message, failing.Output, StringComparison.Ordinal));

        // What the test project compiles against of ConnectorSdk: the contract and the verifier; the engine only runs.
        var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(tests, "obj", "project.assets.json"))).RootElement.GetProperty("targets").GetProperty("net10.0");
        Assert.Equal(["lib/net10.0/ConnectorSdk.Analysis.Abstractions.dll", "ref/net10.0/ConnectorSdk.Testing.dll"], Assets(assets, "compile"));
        Assert.Equal(["lib/net10.0/ConnectorSdk.Analysis.Abstractions.dll", "lib/net10.0/ConnectorSdk.Analysis.dll", "lib/net10.0/ConnectorSdk.Testing.dll"], Assets(assets, "runtime"));
        File.WriteAllText(Path.Combine(tests, "Engine.cs"), "namespace Contoso.ConnectorRules.Tests;\npublic static class Engine { public static readonly Type Type = typeof(ConnectorSdk.Analysis.Running.AnalysisEngine); }\n");
        var namingTheEngine = sdk.Build(Path.Combine(tests, "Contoso.ConnectorRules.Tests.csproj"));
        Assert.True(namingTheEngine.ExitCode == 1, namingTheEngine.ToString());
        Assert.Contains("error CS0234: The type or namespace name 'Running' does not exist in the namespace 'ConnectorSdk.Analysis'", namingTheEngine.Output, StringComparison.Ordinal);

        // README: a connector project loads the pack it builds, with the help link the pack declares.
        var connector = sdk.CopySample("ContosoTasks");
        File.WriteAllText(connector, $"""
            <Project Sdk="ConnectorSdk">
              <ItemGroup>
                <ConnectorRulePack Include="{Path.Combine(pack, "bin", "Debug", "net10.0", "Contoso.ConnectorRules.dll")}" />
              </ItemGroup>
            </Project>
            """);
        var swagger = Path.Combine(Path.GetDirectoryName(connector)!, "apiDefinition.swagger.json");
        File.WriteAllText(swagger, File.ReadAllText(swagger).Replace("\"Create a task\"", "\"Create a task.\"", StringComparison.Ordinal));
        var (build, diagnostics) = sdk.BuildWithBinaryLog(connector);
        Assert.True(build.ExitCode == 0, build.ToString());
        var finding = Assert.Single(diagnostics, d => d.Code == "CTSO001");
        Assert.Equal(("warning", swagger, 50, 20), (finding.Severity, finding.File, finding.Line, finding.Column));
        Assert.Contains("\e]8;;https://contoso.example/connector-rules/CTSO001\e\\", build.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// What a third party's project file says: each reference into this repository's src/ becomes the package of that
    /// name, and each package gets the version this repository uses (no central package management outside).
    /// </summary>
    private void ReferencePackages(string project)
    {
        var versions = XDocument.Load(Path.Combine(RepositoryFolder.Path, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => p.Attribute("Include")!.Value, p => p.Attribute("Version")!.Value);
        var document = XDocument.Load(project);
        foreach (var reference in document.Descendants("ProjectReference").Where(r => r.Attribute("Include")!.Value.Contains(@"\src\", StringComparison.Ordinal)).ToList())
        {
            reference.ReplaceWith(new XElement("PackageReference", new XAttribute("Include", Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/'))), new XAttribute("Version", sdk.Version)));
        }

        foreach (var reference in document.Descendants("PackageReference").Where(r => r.Attribute("Version") is null))
        {
            reference.SetAttributeValue("Version", versions[reference.Attribute("Include")!.Value]);
        }

        Assert.All(
            document.Descendants("ProjectReference"),
            reference => Assert.StartsWith(Path.GetDirectoryName(Path.GetDirectoryName(project))!, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, reference.Attribute("Include")!.Value.Replace('\\', '/'))), StringComparison.Ordinal));
        document.Save(project);
    }

    /// <summary>The packed feed, and the packages folder of this repository's restore for the test framework's packages (xunit, the test SDK): no network.</summary>
    private static void WriteNuGetConfig(string folder, string feed)
        => File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="{feed}" />
                <add key="restored" value="{GettingStartedSdkBuildTests.RepositoryPackagesFolder()}" />
              </packageSources>
            </configuration>
            """);

    /// <summary>The ConnectorSdk assemblies of one kind of asset (compile, runtime) that restore chose for the test project.</summary>
    private static IEnumerable<string> Assets(JsonElement targets, string kind)
        => targets.EnumerateObject()
            .Where(package => package.Name.StartsWith("ConnectorSdk.", StringComparison.Ordinal))
            .SelectMany(package => package.Value.GetProperty(kind).EnumerateObject().Select(asset => asset.Name))
            .Order(StringComparer.Ordinal);
}
