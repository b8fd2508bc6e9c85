using System.Text.Json;

namespace ConnectorSdk.Rules.Certification.Tests;

/// <summary>The `dotnet new` templates offer exactly the categories that PPC1044 accepts, so that `dotnet new` refuses the others.</summary>
public sealed class TemplateCategoryTests
{
    public static TheoryData<string> Templates => ["certified", "independent", "custom"];

    [Theory]
    [MemberData(nameof(Templates))]
    public void CategoryChoices_AreTheAllowedCategories(string template)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFolder.Path, "nuget", "ConnectorSdk.Templates", "content", template, ".template.config", "template.json")));

        var choices = config.RootElement.GetProperty("symbols").GetProperty("category").GetProperty("choices").EnumerateArray().Select(choice => choice.GetProperty("choice").GetString());

        Assert.Equal(ValueLists.Categories, choices);
    }
}
