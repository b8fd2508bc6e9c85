using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1168: an input with the builtin file picker (<c>x-ms-dynamic-values</c> with <c>"capability": "file-picker"</c>)
/// has the <c>x-ms-dynamic-tree</c> the picker browses, and that tree's <c>selectedItemValuePath</c> entries are in its
/// <c>browse</c> operation's parameters, not its <c>open</c> operation's.
/// </summary>
public sealed class DynamicTreeRule : ConnectorAnalyzer
{
    private const string Tree = "x-ms-dynamic-tree";

    private const string Title = "File pickers need x-ms-dynamic-tree, with selectedItemValuePath only in browse";

    private const string Description = "The builtin file picker lets users browse a folder tree that x-ms-dynamic-tree describes: the operation that opens the tree's root (open) and the one that lists a folder's children (browse), which alone takes the item the user chose (selectedItemValuePath). The swagger validator rejects a file picker without the tree (DynamicTreeExtensionMissing) and selectedItemValuePath elsewhere (SelectedItemValuePathNotAllowedInThisPosition).";

    /// <summary>{0}: the object holding the file picker. On x-ms-dynamic-values' name.</summary>
    public static readonly DiagnosticDescriptor TreeMissing = Create($"The file picker on {{0}} has no {Tree} beside it; add the tree it browses, with its open and browse operations");

    /// <summary>{0}: the object holding the tree; {1}: the parameter of the open operation. On selectedItemValuePath's name.</summary>
    public static readonly DiagnosticDescriptor SelectedItemNotInBrowse = Create($"{Tree} on {{0}} gives selectedItemValuePath for parameter '{{1}}' of its open operation; only the browse operation takes the selected item: move it there");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [TreeMissing, SelectedItemNotInBrowse];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, DynamicExtensions.OwnerKinds);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.DynamicTreeInvalid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "DynamicTreeExtensionMissing");

    private static void Analyze(SwaggerMemberContext context)
    {
        var value = context.Member.Value;
        if (context.Member.NameEquals(DynamicExtensions.Values))
        {
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("capability"u8, out var capability) && capability.ValueKind == JsonValueKind.String
                && capability.ValueEquals("file-picker"u8) && !context.Owner.Value.TryGetProperty(Tree, out _))
            {
                context.Report(TreeMissing, context.Element.NameLocation, ExtensionNames.DescribeOwner(context));
            }
        }
        else if (context.Member.NameEquals(Tree) && value.ValueKind == JsonValueKind.Object && value.TryGetProperty("open"u8, out var open)
            && open.ValueKind == JsonValueKind.Object && open.TryGetProperty("parameters"u8, out var parameters) && parameters.ValueKind == JsonValueKind.Object)
        {
            foreach (var parameter in parameters.EnumerateObject())
            {
                if (parameter.Value.ValueKind == JsonValueKind.Object && parameter.Value.TryGetProperty("selectedItemValuePath"u8, out _))
                {
                    context.Element.TryNavigate(["open", "parameters", parameter.Name, "selectedItemValuePath"], out var located);
                    context.Report(SelectedItemNotInBrowse, located.NameLocation, ExtensionNames.DescribeOwner(context), parameter.Name);
                }
            }
        }
    }
}
