namespace LiveFunctions.Core.Validation;

/// <summary>A broken rule of an API document, with the error code the document lists for it.</summary>
/// <param name="Code">The Alibaba error code, e.g. <c>InvalidSliceDuration.Malformed</c>.</param>
/// <param name="Message">A clear sentence naming the parameter and the rule.</param>
/// <param name="Parameter">The parameter (wire name, e.g. <c>RecordFormat.1.SliceDuration</c>) the rule is about.</param>
public sealed record ValidationError(string Code, string Message, string Parameter);
