using ConnectorSdk.Analysis.Loading;

namespace ConnectorSdk.Rules.BreakingChanges.Tests;

/// <summary>
/// The six real updates of tests/Data/corpus-history, each compared with its previous version (a swagger-file baseline,
/// as `connector validate new --baseline old/apiDefinition.swagger.json --mode All` does). Every finding below was read
/// against both files: each is a change that existing flows see (the advice shared by every message is left out here).
/// </summary>
public sealed class CorpusHistoryTests
{
    /// <summary>Per pair, in the engine's order: id, (line,column) in the new file (empty for the file itself), message.</summary>
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["DocuSign"] =
        [
            "PPC7001 (,) Operation 'SendEnvelope' (POST /accounts/{accountId}/envelopes) was deleted, which breaks the flows that use it",
            "PPC7013 (17,15) A major update: /basePath changed, with 74 other changes beyond the fields of a minor update (descriptions, summaries, contact, publisher, brand colour)",
            "PPC7022 (17,15) The basePath changed from '/restapi/v2' to '/restapi/v2.1': every operation's address changes for existing flows, so the new one must serve the same API",
            "PPC7004 (553,7) Parameter 'AddRecipientToEnvelopeName' (query) of operation 'AddRecipientToEnvelope' was removed, but existing flows still send it",
            "PPC7004 (553,7) Parameter 'AddRecipientToEnvelopeEmail' (query) of operation 'AddRecipientToEnvelope' was removed, but existing flows still send it",
            "PPC7005 (598,11) Operation 'AddRecipientToEnvelope' has a new required parameter 'recipientName' (query) that existing flows do not send",
            "PPC7005 (608,11) Operation 'AddRecipientToEnvelope' has a new required parameter 'recipientEmail' (query) that existing flows do not send",
            "PPC7004 (1628,21) Body property 'additionalRecipientData.signers' of operation 'AddRecipientToEnvelope' was removed, but existing flows still send it",
            "PPC7006 (1746,21) Output field 'body.signers' of operation 'AddRecipientToEnvelope' was removed, which breaks the flows that use it",
        ],
        ["OptiAPI"] =
        [
            "PPC7001 (,) Operation 'TextFindReferences' (POST /text/find-references) was deleted, which breaks the flows that use it",
            "PPC7001 (,) Operation 'TextRegexReplace' (POST /text/regex-replace) was deleted, which breaks the flows that use it",
            "PPC7001 (,) Operation 'TextRemoveDuplicateValues' (POST /text/remove-duplicate-values) was deleted, which breaks the flows that use it",
            "PPC7013 (7,5) A major update: /definitions/StandardArrayResponse changed, with 89 other changes beyond the fields of a minor update (descriptions, summaries, contact, publisher, brand colour)",
            "PPC7015 (1610,24) The operationId of POST /pdf/combine-pdf changed from 'PdfCombinePDF' to 'CombineMultiplePdfFiles', which breaks the flows that call 'PdfCombinePDF'",
            "PPC7016 (1625,21) Parameter 'Accept-Type' of operation 'CombineMultiplePdfFiles' was renamed to 'Accept', but existing flows keep sending 'Accept-Type'",
            "PPC7017 (1634,25) Input 'body' of operation 'CombineMultiplePdfFiles' is now required, but existing flows may leave it out",
            "PPC7015 (1969,24) The operationId of POST /pdf/set-password changed from 'PdfSetPassword' to 'SetPasswordOnAPdfFile', which breaks the flows that call 'PdfSetPassword'",
            "PPC7005 (1979,11) Operation 'SetPasswordOnAPdfFile' has a new required parameter 'Accept' (header) that existing flows do not send",
            "PPC7017 (1991,25) Input 'body' of operation 'SetPasswordOnAPdfFile' is now required, but existing flows may leave it out",
            "PPC7015 (2237,24) The operationId of POST /text/text-replace changed from 'TextTextReplace' to 'ReplaceTextInString', which breaks the flows that call 'TextTextReplace'",
            "PPC7005 (2247,11) Operation 'ReplaceTextInString' has a new required parameter 'Accept' (header) that existing flows do not send",
            "PPC7017 (2259,25) Input 'body' of operation 'ReplaceTextInString' is now required, but existing flows may leave it out",
        ],
        ["Impexium"] =
        [
            "PPC7013 (25,5) A major update: /paths/~1api~1v1~1Exhibits~1{Exhibit Code}~1Exhibitors~1{Page Number} changed, with 181 other changes beyond the fields of a minor update (descriptions, summaries, contact, publisher, brand colour)",
            "PPC7010 (4112,21) Input 'createUser' of operation 'Add-Individual' changed type from string to boolean, but existing flows send the old type",
        ],
        ["Converter by Power2Apps"] =
        [
            "PPC7013 (11,16) A major update: /info/version changed, with 228 other changes beyond the fields of a minor update (descriptions, summaries, contact, publisher, brand colour)",
            "PPC7004 (47,7) Parameter 'Content-Type' (header) of operation 'CreateWordFile' was removed, but existing flows still send it",
            "PPC7004 (615,7) Parameter 'FileExtension' (header) of operation 'ConvertFileToPdf' was removed, but existing flows still send it",
            "PPC7004 (615,7) Parameter 'FileName' (header) of operation 'ConvertFileToPdf' was removed, but existing flows still send it",
            "PPC7004 (1279,7) Parameter 'Content-Type' (header) of operation 'ConvertJsonToExcel' was removed, but existing flows still send it",
            "PPC7004 (1519,7) Parameter 'Content-Type' (header) of operation 'ConvertSharePointSearchResults' was removed, but existing flows still send it",
            "PPC7006 (1827,21) Output field 'body.FileContent' of operation 'ConvertCsvdataToExcel' was removed, which breaks the flows that use it",
            "PPC7006 (1827,21) Output field 'body.FileContent' of operation 'ConvertJsonToExcel' was removed, which breaks the flows that use it",
            "PPC7006 (1827,21) Output field 'body.FileContent' of operation 'ConvertFileToPdf' was removed, which breaks the flows that use it",
            "PPC7004 (1840,21) Body property 'fileData.File' of operation 'ExtractWordBookmarks' was removed, but existing flows still send it",
            "PPC7004 (1840,21) Body property 'fileData.File' of operation 'ConvertFileToPdf' was removed, but existing flows still send it",
            "PPC7005 (1841,17) Operation 'ExtractWordBookmarks' has a new required body property 'fileData.file' that existing flows do not send",
            "PPC7005 (1841,17) Operation 'ConvertFileToPdf' has a new required body property 'fileData.file' that existing flows do not send",
            "PPC7006 (1875,21) Output field 'body.FileContent' of operation 'CreateWordFile' was removed, which breaks the flows that use it",
            "PPC7006 (2076,20) Output field 'body.matches[].Groups' of operation 'RegularExpression' was removed, which breaks the flows that use it",
            "PPC7006 (2076,20) Output field 'body.matches[].Success' of operation 'RegularExpression' was removed, which breaks the flows that use it",
            "PPC7006 (2076,20) Output field 'body.matches[].Name' of operation 'RegularExpression' was removed, which breaks the flows that use it",
            "PPC7006 (2076,20) Output field 'body.matches[].Captures' of operation 'RegularExpression' was removed, which breaks the flows that use it",
            "PPC7006 (2076,20) Output field 'body.matches[].Index' of operation 'RegularExpression' was removed, which breaks the flows that use it",
            "PPC7006 (2076,20) Output field 'body.matches[].Length' of operation 'RegularExpression' was removed, which breaks the flows that use it",
            "PPC7006 (2076,20) Output field 'body.matches[].Value' of operation 'RegularExpression' was removed, which breaks the flows that use it",
            "PPC7010 (2168,15) Input 'sharepointResultData' of operation 'ConvertSharePointSearchResults' changed type from string to object, but existing flows send the old type",
        ],
        ["Spinpanel"] =
        [
            "PPC7013 (826,5) A major update: /paths/~1graph~1v1~1organizations~1{organizationId}~1v1.0~1users~1{microsoftObjectId}~1assignlicense changed, with 6 other changes beyond the fields of a minor update (descriptions, summaries, contact, publisher, brand colour)",
            "PPC7002 (827,7) Operation 'PostUserLicense' moved from POST /graph/v1.0/users/{microsoftObjectId}/assignlicense to POST /graph/v1/organizations/{organizationId}/v1.0/users/{microsoftObjectId}/assignlicense, which breaks the flows that call it",
            "PPC7005 (888,11) Operation 'PostUserLicense' has a new required parameter 'organizationId' (path) that existing flows do not send",
            "PPC7002 (1189,7) Operation 'PostGraphGroup' moved from POST /graph/v1/organizations/{organizationId}v1.0/groups to POST /graph/v1/organizations/{organizationId}/v1.0/groups, which breaks the flows that call it",
            "PPC7002 (1941,7) Operation 'PatchSubscriptionQuantity' moved from PATCH /partnercenter/v1/partners/{partnerId}/organizations/{customerId}/v1.0/customers/{tenantId}/subscriptions to PATCH /partnercenter/v1/partners/{partnerId}/organizations/{customerId}/v1.0/customers/{tenantId}/subscriptions/{subscriptionId}, which breaks the flows that call it",
            "PPC7004 (1941,7) Parameter 'quantityOnly' (query) of operation 'PatchSubscriptionQuantity' was removed, but existing flows still send it",
            "PPC7005 (1976,11) Operation 'PatchSubscriptionQuantity' has a new required parameter 'subscriptionId' (path) that existing flows do not send",
        ],
        ["Tikit"] =
        [
            "PPC7001 (,) Operation 'GetUserList' (GET /CdmUser) was deleted, which breaks the flows that use it",
            "PPC7013 (4,16) A major update: /info/version changed, with 91 other changes beyond the fields of a minor update (descriptions, summaries, contact, publisher, brand colour)",
            "PPC7004 (89,7) Parameter 'Accept' (header) of operation 'CreateTicket' was removed, but existing flows still send it",
            "PPC7002 (1636,7) Operation 'GetFileAttached' moved from GET /FileUpload/{id} to GET /ticket/{id}/FileAttachments, which breaks the flows that call it",
            "PPC7006 (1642,29) Output field 'body.data' of operation 'GetFileAttached' was removed, which breaks the flows that use it",
            "PPC7006 (1642,29) Output field 'body.error' of operation 'GetFileAttached' was removed, which breaks the flows that use it",
            "PPC7021 (2010,34) x-ms-dynamic-values of 'body.Ticket.SupportGroupId' in operation 'UpdateTicket' now calls 'SupportGroupId_Get' instead of 'GroupId_Get', so existing flows may meet other values or fields",
            "PPC7021 (2110,34) x-ms-dynamic-values of 'body.Ticket.SupportGroupId' in operation 'CreateTicket' now calls 'SupportGroupId_Get' instead of 'GroupId_Get', so existing flows may meet other values or fields",
            "PPC7006 (2171,27) Output field 'body.value[].ImpactId' of operation 'GetAllTickets' was removed, which breaks the flows that use it",
            "PPC7007 (2173,25) Output field 'body.value[].RequesterId' of operation 'GetAllTickets' changed type from string to integer (int32), which may break the flows that use it",
            "PPC7007 (2204,25) Output field 'body.value[].AssigneeId' of operation 'GetAllTickets' changed type from string to integer, which may break the flows that use it",
            "PPC7007 (2209,25) Output field 'body.value[].SupportGroupId' of operation 'GetAllTickets' changed type from string to integer, which may break the flows that use it",
            "PPC7007 (2214,25) Output field 'body.value[].GroupId' of operation 'GetAllTickets' changed type from string to integer, which may break the flows that use it",
            "PPC7007 (2219,25) Output field 'body.value[].EscalationId' of operation 'GetAllTickets' changed type from string to integer, which may break the flows that use it",
            "PPC7007 (2236,25) Output field 'body.value[].SourceId' of operation 'GetAllTickets' changed type from string to integer, which may break the flows that use it",
            "PPC7007 (2268,25) Output field 'body.value[].TemplateId' of operation 'GetAllTickets' changed type from string to integer, which may break the flows that use it",
            "PPC7007 (2283,25) Output field 'body.value[].TicketTypeId' of operation 'GetAllTickets' changed type from string to integer, which may break the flows that use it",
        ],
    };

    public static TheoryData<string> Pairs { get; } = [.. Expected.Keys];

    private static string History => Path.Combine(TestData.Path, "corpus-history");

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Pair_ReportsTheExpectedFindings(string name)
    {
        var findings = Comparisons.Compare(
            ConnectorProject.Load(Path.Combine(History, name, "new")),
            ConnectorProject.Load(Path.Combine(History, name, "old", "apiDefinition.swagger.json")));

        Assert.Equal(Expected[name], findings.Select(Comparisons.Describe));
    }

    [Fact]
    public void EveryPairOfTheHistory_IsTested()
        => Assert.Equal(
            File.ReadAllLines(Path.Combine(History, "PAIRS.tsv")).Where(line => line.Length > 0).Select(line => line.Split('\t')[0]).Order(StringComparer.Ordinal),
            Expected.Keys.Order(StringComparer.Ordinal));
}
