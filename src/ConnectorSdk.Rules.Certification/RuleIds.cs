namespace ConnectorSdk.Rules.Certification;

/// <summary>Every rule id of this pack, in one place. Ids never change once shipped.</summary>
internal static class RuleIds
{
    public const string SwaggerVersion = "PPC1001";
    public const string IncompleteDocument = "PPC1002";
    public const string DefinitionTooLarge = "PPC1003";
    public const string TooManyOperations = "PPC1004";
    public const string TooManyBodySchemas = "PPC1005";
    public const string TooManyOperationSchemas = "PPC1006";
    public const string TooManySchemas = "PPC1007";
    public const string SchemaTooDeep = "PPC1008";
    public const string HostNotValid = "PPC1009";
    public const string BasePathNotValid = "PPC1010";
    public const string SchemeNotValid = "PPC1011";
    public const string NonProductionHost = "PPC1012";
    public const string PropertyNotAllowed = "PPC1013";
    public const string TagNameDuplicate = "PPC1014";
    public const string ReferenceSibling = "PPC1015";
    public const string UnresolvedReference = "PPC1016";
    public const string PathItemReference = "PPC1017";
    public const string ReferenceLoop = "PPC1018";
    public const string ArrayValueDuplicate = "PPC1019";
    public const string UnsupportedKeyword = "PPC1020";
    public const string Layout = "PPC1021";
    public const string RepeatedInlineParameter = "PPC1022";
    public const string TitleMissing = "PPC1030";
    public const string TitleTooLong = "PPC1031";
    public const string TitleRestrictedWords = "PPC1032";
    public const string TitleEnd = "PPC1033";
    public const string PublishedConnectorExists = "PPC1034";
    // PPC1035 (an independent publisher's title suffix) is retired and its number is not reused.
    public const string DescriptionMissing = "PPC1036";
    public const string DescriptionLength = "PPC1037";
    public const string DescriptionProductName = "PPC1038";
    public const string ContactMissing = "PPC1039";
    public const string ContactFormat = "PPC1040";
    public const string ConnectorMetadataMissing = "PPC1041";
    public const string ConnectorMetadataPropertyMissing = "PPC1042";
    public const string ConnectorMetadataUrl = "PPC1043";
    public const string ConnectorCategoryUnknown = "PPC1044";
    public const string ConnectorCategoriesTooMany = "PPC1045";
    public const string ConnectorMetadataCase = "PPC1046";
    public const string ApiAnnotationStatus = "PPC1047";
    public const string NotEnglish = "PPC1048";
    public const string ContactIncomplete = "PPC1049";
    public const string OperationIdMissing = "PPC1050";
    public const string OperationIdDuplicate = "PPC1051";
    public const string ReferencedOperationMissing = "PPC1055";
    public const string SummaryMissing = "PPC1056";
    public const string SummaryTooLong = "PPC1057";
    public const string SummaryRestrictedCharacters = "PPC1058";
    public const string OperationDescriptionMissing = "PPC1063";
    public const string FetchOperationBody = "PPC1071";
    public const string PathTemplateInvalid = "PPC1074";
    public const string PathDuplicate = "PPC1075";
    public const string PathParameterMismatch = "PPC1076";
    public const string NextLinkNameInvalid = "PPC1081";
    public const string PathShadowed = "PPC1082";
    public const string SummaryOverLimit = "PPC1184";
    public const string ConnectorMetadataUrlQuality = "PPC1185";
    public const string DescriptionOtherProductName = "PPC1186";
    public const string ApiAnnotationStatusCase = "PPC1187";
    public const string BrandColorFormat = "PPC2002";
    public const string VerifiedPublisherBrandColor = "PPC2003";
    public const string IndependentPublisherBrandColor = "PPC2004";
    public const string ScriptOperationMissing = "PPC2021";
}
