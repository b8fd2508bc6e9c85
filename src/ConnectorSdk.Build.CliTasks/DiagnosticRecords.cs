using System.Globalization;
using System.Text;

namespace ConnectorSdk.Build.CliTasks;

/// <summary>One connector that <c>connector validate --format msbuild</c> analyzed, and what it found.</summary>
internal sealed class ConnectorRecord
{
    public string Folder { get; set; } = "";

    /// <summary>The kind the connector was analyzed as (Certified, IndependentPublisher, Custom).</summary>
    public string Kind { get; set; } = "";

    /// <summary>The analysis mode (None, Default, Recommended, All); empty from a writer that did not write it.</summary>
    public string Mode { get; set; } = "";

    public List<DiagnosticRecord> Diagnostics { get; } = [];
}

/// <summary>One diagnostic with every field a build logs; lines and columns are 0 when unknown.</summary>
internal sealed class DiagnosticRecord
{
    /// <summary>error, warning or info.</summary>
    public string Severity { get; set; } = "";

    public string Code { get; set; } = "";

    public string File { get; set; } = "";

    public int Line { get; set; }

    public int Column { get; set; }

    public int EndLine { get; set; }

    public int EndColumn { get; set; }

    /// <summary>Empty for a rule without a help link.</summary>
    public string HelpLink { get; set; } = "";

    public string Message { get; set; } = "";

    public bool IsSuppressed { get; set; }

    /// <summary>The suppression's justification; empty when it gives none.</summary>
    public string Justification { get; set; } = "";
}

/// <summary>
/// The record format of <c>connector validate --format msbuild</c> (docs/cli.md, "msbuild"), written by the
/// CLI and read by the SDK's tasks on .NET Framework MSBuild: UTF-8 lines of tab-separated fields, the first
/// field naming the record. Within a field, <c>\\</c>, <c>\t</c>, <c>\n</c> and <c>\r</c> stand for a backslash,
/// a tab, a line feed and a carriage return, so any message and any path survive. A reader ignores records of
/// kinds it does not know and fields past those it knows: version 1 grows by adding either; anything else
/// is a new version, which a reader of this one refuses.
/// </summary>
internal static class DiagnosticRecords
{
    public const int Version = 1;

    private const string HeaderKind = "connector-records";
    private const string ConnectorKind = "connector";
    private const string DiagnosticKind = "diagnostic";
    private const string SuppressedKind = "suppressed";

    public static void WriteHeader(TextWriter writer) => WriteRecord(writer, HeaderKind, Version.ToString(CultureInfo.InvariantCulture));

    public static void WriteConnector(TextWriter writer, string folder, string kind, string mode) => WriteRecord(writer, ConnectorKind, folder, kind, mode);

    public static void WriteDiagnostic(TextWriter writer, DiagnosticRecord diagnostic)
    {
        string[] fields =
        [
            diagnostic.Severity, diagnostic.Code, diagnostic.File,
            Number(diagnostic.Line), Number(diagnostic.Column), Number(diagnostic.EndLine), Number(diagnostic.EndColumn),
            diagnostic.HelpLink, diagnostic.Message,
        ];
        WriteRecord(writer, diagnostic.IsSuppressed ? SuppressedKind : DiagnosticKind, diagnostic.IsSuppressed ? [.. fields, diagnostic.Justification] : fields);
    }

    /// <summary>The connectors of a whole report, in the order written.</summary>
    /// <exception cref="FormatException">The text is not a report of this version.</exception>
    public static List<ConnectorRecord> Read(TextReader reader)
    {
        var connectors = new List<ConnectorRecord>();
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var fields = line.Split('\t').Select(Unescape).ToArray();
            if (lineNumber == 1)
            {
                if (fields.Length < 2 || fields[0] != HeaderKind || fields[1] != Version.ToString(CultureInfo.InvariantCulture))
                {
                    throw new FormatException($"the report does not start with '{HeaderKind}<tab>{Version}': it is not one this SDK reads (the first line is '{Truncate(line)}')");
                }

                continue;
            }

            switch (fields[0])
            {
                case ConnectorKind:
                    Require(fields, 3, lineNumber);
                    connectors.Add(new ConnectorRecord { Folder = fields[1], Kind = fields[2], Mode = fields.Length > 3 ? fields[3] : "" });
                    break;
                case DiagnosticKind or SuppressedKind:
                    var suppressed = fields[0] == SuppressedKind;
                    Require(fields, suppressed ? 11 : 10, lineNumber);
                    if (connectors.Count == 0)
                    {
                        throw new FormatException($"line {lineNumber}: a diagnostic comes before any connector");
                    }

                    connectors[connectors.Count - 1].Diagnostics.Add(new DiagnosticRecord
                    {
                        Severity = fields[1],
                        Code = fields[2],
                        File = fields[3],
                        Line = ParseNumber(fields[4], lineNumber),
                        Column = ParseNumber(fields[5], lineNumber),
                        EndLine = ParseNumber(fields[6], lineNumber),
                        EndColumn = ParseNumber(fields[7], lineNumber),
                        HelpLink = fields[8],
                        Message = fields[9],
                        IsSuppressed = suppressed,
                        Justification = suppressed ? fields[10] : "",
                    });
                    break;
            }
        }

        if (lineNumber == 0)
        {
            throw new FormatException("the report is empty");
        }

        return connectors;
    }

    /// <summary>One record and its line feed (never the platform's new line: the reader is on another platform, perhaps).</summary>
    private static void WriteRecord(TextWriter writer, string kind, params string[] fields)
    {
        var line = new StringBuilder(kind);
        foreach (var field in fields)
        {
            line.Append('\t');
            Escape(line, field);
        }

        writer.Write(line.Append('\n').ToString());
    }

    private static void Escape(StringBuilder line, string field)
    {
        foreach (var c in field)
        {
            _ = c switch
            {
                '\\' => line.Append(@"\\"),
                '\t' => line.Append(@"\t"),
                '\n' => line.Append(@"\n"),
                '\r' => line.Append(@"\r"),
                _ => line.Append(c),
            };
        }
    }

    private static string Unescape(string field)
    {
        if (field.IndexOf('\\') < 0)
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\')
            {
                text.Append(field[i]);
                continue;
            }

            text.Append((i + 1 < field.Length ? field[++i] : '\0') switch
            {
                '\\' => '\\',
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => throw new FormatException($"'{Truncate(field)}' holds an escape this version does not define"),
            });
        }

        return text.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int ParseNumber(string field, int lineNumber)
        => int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"line {lineNumber}: '{Truncate(field)}' is not a line or column number");

    private static void Require(string[] fields, int count, int lineNumber)
    {
        if (fields.Length < count)
        {
            throw new FormatException($"line {lineNumber}: a '{fields[0]}' record has {fields.Length - 1} fields, not {count - 1}");
        }
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : text.Remove(80) + "...";
}
