using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.BreakingChanges.Comparison;

/// <summary>
/// Whether the update is minor (the fast track: only the fields Microsoft lists, such as descriptions, summaries,
/// contact, publisher and brand colour, changed) or major (anything else), by a structural comparison of the two
/// versions' JSON: key order and whitespace are not changes.
/// </summary>
internal static class UpdateClassifier
{
    public static void Classify(BaselineContext context, List<Change> changes)
    {
        var difference = new Difference();
        difference.Compare(context.Baseline.Root.Value, context.Current.Root, [], IsMinorSwaggerField);
        if (context.BaselineApiProperties is { } previous && context.Connector.ApiProperties is { } current)
        {
            difference.Compare(previous.Value, current, [], IsMinorApiPropertiesField);
        }

        if (difference.FirstMajor is { } first)
        {
            changes.Add(new(ChangeKind.MajorUpdate, first, first.JsonPointer is { Length: > 0 } pointer ? pointer : "/", difference.MajorCount - 1));
        }
        else if (difference.MinorCount > 0)
        {
            changes.Add(new(ChangeKind.MinorUpdate, Location.InFile(context.Current.Root.File.Path), difference.MinorCount));
        }
    }

    /// <summary>UPD's minor fields of the swagger: info description and contact, operation description and summary, response descriptions.</summary>
    private static bool IsMinorSwaggerField(List<string> path) => path switch
    {
        ["info", "description"] or ["info", "contact", ..] => true,
        ["paths", _, var method, "description" or "summary"] => SwaggerModel.HttpMethods.Contains(method),
        ["paths", _, _, "responses", _, "description"] or ["responses", _, "description"] => true,
        _ => false,
    };

    /// <summary>UPD's minor fields of apiProperties: descriptions and tooltips, iconBrandColor, publisher, stackOwner.</summary>
    private static bool IsMinorApiPropertiesField(List<string> path) => path switch
    {
        ["properties", "iconBrandColor" or "publisher" or "stackOwner"] => true,
        ["properties", .., "description" or "tooltip"] => true,
        _ => false,
    };

    private sealed class Difference
    {
        public Location? FirstMajor { get; private set; }

        public int MajorCount { get; private set; }

        public int MinorCount { get; private set; }

        public void Compare(JsonElement old, SourceElement @new, List<string> path, Func<List<string>, bool> isMinor)
        {
            if (old.ValueKind != @new.Kind)
            {
                Major(@new.Location);
                return;
            }

            switch (old.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var member in @new.EnumerateProperties())
                    {
                        path.Add(member.Name!);
                        if (isMinor(path))
                        {
                            MinorCount += old.TryGetProperty(member.Name!, out var before) && JsonElement.DeepEquals(before, member.Value) ? 0 : 1;
                        }
                        else if (old.TryGetProperty(member.Name!, out var before))
                        {
                            Compare(before, member, path, isMinor);
                        }
                        else
                        {
                            Major(member.NameLocation);
                        }

                        path.RemoveAt(path.Count - 1);
                    }

                    foreach (var member in old.EnumerateObject())
                    {
                        if (!@new.Value.TryGetProperty(member.Name, out _))
                        {
                            path.Add(member.Name);
                            if (isMinor(path))
                            {
                                MinorCount++;
                            }
                            else
                            {
                                Major(@new.Location);
                            }

                            path.RemoveAt(path.Count - 1);
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in @new.EnumerateItems())
                    {
                        if (index >= old.GetArrayLength())
                        {
                            Major(item.Location);
                            break;
                        }

                        path.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        Compare(old[index++], item, path, isMinor);
                        path.RemoveAt(path.Count - 1);
                    }

                    if (old.GetArrayLength() > index)
                    {
                        Major(@new.Location);
                    }

                    break;
                default:
                    if (!JsonElement.DeepEquals(old, @new.Value))
                    {
                        Major(@new.Location);
                    }

                    break;
            }
        }

        private void Major(Location location)
        {
            FirstMajor ??= location;
            MajorCount++;
        }
    }
}
