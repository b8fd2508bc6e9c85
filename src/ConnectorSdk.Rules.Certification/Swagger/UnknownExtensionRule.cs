using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1173: every <c>x-ms-*</c> extension is one the platform or Microsoft's tools read (<see cref="ValueLists.KnownExtensions"/>,
/// configurable; a name close to a known one is PPC1172's), and the ones the extensions page does not describe have the
/// JSON type the platform takes (<see cref="ValueLists.UndocumentedExtensionTypes"/>). Other <c>x-</c> extensions are
/// anyone's to define.
/// </summary>
public sealed class UnknownExtensionRule : ConnectorAnalyzer
{
    /// <summary>The .editorconfig key that replaces the known extensions (comma-separated).</summary>
    public const string KnownExtensionsKey = ValueLists.KnownExtensionsKey;

    private const string Title = "x-ms-* extensions should be ones the platform reads, with the type it reads";

    private const string Description = $"The x-ms- prefix is Microsoft's: the platform reads the extensions its documentation describes and a few more that the validator and certified connectors use. Another x-ms-* name does nothing, and an undocumented one of the wrong JSON type is not read as meant. A warning: the documentation lists only some of the names the platform accepts; the known names are configurable ({KnownExtensionsKey}).";

    /// <summary>{0}: the extension; {1}: the object holding it. On the name.</summary>
    public static readonly DiagnosticDescriptor Unknown = Create("Extension '{0}' on {1} is not one the platform reads; remove it, or use an 'x-' name without 'ms-' for your own data");

    /// <summary>{0}: the extension; {1}: the object holding it; {2}: the value's JSON type; {3}: the type expected. On the value.</summary>
    public static readonly DiagnosticDescriptor WrongType = Create("Extension '{0}' on {1} is {2}; the platform reads it as {3}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Unknown, WrongType];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterConnectorStartAction(start =>
    {
        var known = ExtensionNames.CreateList();
        start.RegisterSwaggerExtensionAction(member => Analyze(member, known), ExtensionNames.OwnerKinds);
    });

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ExtensionUnknown, Title, messageFormat, DiagnosticSeverity.Warning, Description, mode: AnalysisMode.Recommended);

    private static void Analyze(SwaggerMemberContext context, ConfiguredList known)
    {
        if (!Utf8Text.Name(context.Member).StartsWith("x-ms-"u8))
        {
            return;
        }

        var name = context.Member.Name;
        var value = context.Member.Value;
        if (ValueLists.UndocumentedExtensionTypes.TryGetValue(name, out var expected))
        {
            if (!IsOfKind(value, expected))
            {
                context.Report(WrongType, context.Element.Location, name, ExtensionNames.DescribeOwner(context), JsonKindNames.Describe(value.ValueKind), JsonKindNames.Describe(expected));
            }
        }
        else if (!ExtensionNames.IsKnown(name, known.For(context, context.Swagger.Root.File), out var meant) && meant is null)
        {
            context.Report(Unknown, context.Element.NameLocation, name, ExtensionNames.DescribeOwner(context));
        }
    }

    /// <summary>Whether the value has the JSON kind (True stands for either boolean); null is "no value", which the platform accepts.</summary>
    private static bool IsOfKind(JsonElement value, JsonValueKind expected)
        => value.ValueKind == expected || value.ValueKind == JsonValueKind.Null || (expected == JsonValueKind.True && value.ValueKind == JsonValueKind.False);
}
