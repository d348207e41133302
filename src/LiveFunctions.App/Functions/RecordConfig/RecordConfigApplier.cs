using LiveFunctions.App.Functions.Http;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.AddLiveAppRecordConfig;
using LiveFunctions.Core.Operations.DescribeLiveRecordConfig;
using LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;

namespace LiveFunctions.App.Functions.RecordConfig;

/// <summary>
/// Update, and create when missing. UpdateLiveAppRecordConfig cannot create a configuration; when there is none the
/// emulator (and, as far as the documents let us tell, the service) answers <c>InvalidConfig.NotFound</c>. Then, if
/// the body has an OssBucket, the same body is sent as AddLiveAppRecordConfig; otherwise the answer is a 404 saying
/// what to add. A <c>ConfigAlreadyExists</c> to an Add that the client had to retry means an earlier attempt probably
/// created it: DescribeLiveRecordConfig checks that a config with our bucket is there.
/// </summary>
internal sealed class RecordConfigApplier(AlibabaClient client, HttpFunctionCall call, ILogger logger)
{
    // DescribeLiveRecordConfig pages hold at most 30; a domain/app rarely has more stream configs than a few pages.
    private const int DescribePageSize = 30;
    private const int DescribeMaxPages = 20;

    /// <summary>What the request applies to: <c>domain/app</c> or <c>domain/app/stream</c>.</summary>
    public static string TargetOf(AddLiveAppRecordConfigRequest body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return string.IsNullOrEmpty(body.StreamName) ? $"{body.DomainName}/{body.AppName}" : $"{body.DomainName}/{body.AppName}/{body.StreamName}";
    }

    /// <summary>
    /// The Update that would be sent, and, when the body has an OssBucket, the Add that would follow if no config exists
    /// (with its broken rules, if any). Broken Update rules answer the same 400 as a real call.
    /// </summary>
    public static JsonAnswer DryRun(AlibabaClient client, AddLiveAppRecordConfigRequest body)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(body);
        var update = client.Preview(UpdateLiveAppRecordConfigOperation.Instance, body.ToUpdateRequest());
        if (update.Errors.Count > 0 || string.IsNullOrEmpty(body.OssBucket))
        {
            return DryRunQuery.Answer(update);
        }

        var add = client.Preview(AddLiveAppRecordConfigOperation.Instance, body);
        var fallback = new DryRunFallback(
            add.Action,
            DryRunAnswer.ToDictionary(add.Parameters),
            add.Errors.Select(e => new DryRunError(e.Code, e.Message, e.Parameter)).ToArray());
        return JsonAnswer.Success(StatusCodes.Status200OK, DryRunAnswer.From(update) with { Fallback = fallback });
    }

    /// <summary>Applies the body; throws <see cref="AlibabaApiException"/> for failures the caller gets as they are.</summary>
    public async Task<JsonAnswer> ApplyAsync(AddLiveAppRecordConfigRequest body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        call.Action = UpdateLiveAppRecordConfigOperation.Instance.Action;
        try
        {
            var updated = await client.UpdateLiveAppRecordConfigAsync(body.ToUpdateRequest(), cancellationToken);
            return JsonAnswer.Success(
                StatusCodes.Status200OK,
                new AppliedAnswer(call.Action, updated.RequestId, Outcomes.Updated) { NotApplied = CreateOnlyFields(body) });
        }
        catch (AlibabaApiException e) when (e.WasSent && e.Code == ServiceCodes.ConfigNotFound)
        {
            return await CreateAsync(body, e, cancellationToken);
        }
    }

    /// <summary>The body fields only AddLiveAppRecordConfig takes, by their JSON path; null when there are none.</summary>
    public static IReadOnlyList<string>? CreateOnlyFields(AddLiveAppRecordConfigRequest body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var fields = new List<string>();
        if (!string.IsNullOrEmpty(body.OssBucket))
        {
            fields.Add("OssBucket");
        }

        AddPrefixes(fields, "RecordFormat", body.RecordFormat);
        AddPrefixes(fields, "TranscodeRecordFormat", body.TranscodeRecordFormat);
        return fields.Count == 0 ? null : fields;
    }

    private async Task<JsonAnswer> CreateAsync(AddLiveAppRecordConfigRequest body, AlibabaApiException notFound, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(body.OssBucket))
        {
            return JsonAnswer.Error(
                StatusCodes.Status404NotFound,
                ServiceCodes.ConfigNotFound,
                $"No recording config exists for {call.Target} yet, and UpdateLiveAppRecordConfig cannot create one. To create it, "
                + "include OssBucket and, in every RecordFormat and TranscodeRecordFormat entry, OssObjectPrefix (and "
                + "SliceOssObjectPrefix for m3u8 and cmaf): the request is then sent as AddLiveAppRecordConfig.",
                notFound.RequestId);
        }

        var preview = client.Preview(AddLiveAppRecordConfigOperation.Instance, body);
        if (preview.Errors.Count > 0)
        {
            var rules = ValidationAnswer.From(preview.Action, preview.Errors);
            return JsonAnswer.Error(
                rules.StatusCode,
                rules.Code,
                $"No recording config exists for {call.Target} yet; creating one needs more: {rules.Message}",
                null);
        }

        HttpFunctionsLog.CreatingRecordConfig(logger, call.Function, call.Target, notFound.RequestId);
        call.Action = AddLiveAppRecordConfigOperation.Instance.Action;
        try
        {
            var created = await client.AddLiveAppRecordConfigAsync(body, cancellationToken);
            return JsonAnswer.Success(StatusCodes.Status201Created, new AppliedAnswer(call.Action, created.RequestId, Outcomes.Created));
        }
        catch (AlibabaApiException e) when (e.WasSent && e.Code == ServiceCodes.ConfigAlreadyExists && e.Attempts > 1)
        {
            return await VerifyEarlierAttemptAsync(body, e, cancellationToken);
        }
    }

    // The retried Add may have been created by its own earlier attempt; a config with our bucket for the triple says so.
    private async Task<JsonAnswer> VerifyEarlierAttemptAsync(AddLiveAppRecordConfigRequest body, AlibabaApiException exists, CancellationToken cancellationToken)
    {
        call.Action = DescribeLiveRecordConfigOperation.Instance.Action;
        var (found, requestId) = await FindAsync(body, cancellationToken);
        call.Action = AddLiveAppRecordConfigOperation.Instance.Action;
        if (found is not null && found.OssBucket == body.OssBucket)
        {
            HttpFunctionsLog.CreatedByEarlierAttempt(logger, call.Function, call.Action, call.Target, exists.Attempts, "DescribeLiveRecordConfig shows it with the requested bucket");
            return JsonAnswer.Success(StatusCodes.Status201Created, new AppliedAnswer(call.Action, requestId, Outcomes.CreatedByEarlierAttempt));
        }

        var why = found is null
            ? "but DescribeLiveRecordConfig does not list it"
            : $"with the bucket {found.OssBucket}, not {body.OssBucket}, so it was not created by this request";
        return JsonAnswer.Error(
            ServiceErrorMapping.StatusFor(exists),
            ServiceCodes.ConfigAlreadyExists,
            $"AddLiveAppRecordConfig answered ConfigAlreadyExists after {exists.Attempts} attempts for {call.Target}, {why}.",
            exists.RequestId);
    }

    private async Task<(LiveAppRecord? Found, string RequestId)> FindAsync(AddLiveAppRecordConfigRequest body, CancellationToken cancellationToken)
    {
        var stream = body.StreamName ?? string.Empty;
        var requestId = string.Empty;
        for (var page = 1; page <= DescribeMaxPages; page++)
        {
            var answer = await client.DescribeLiveRecordConfigAsync(
                new DescribeLiveRecordConfigRequest
                {
                    DomainName = body.DomainName,
                    AppName = body.AppName,
                    StreamName = string.IsNullOrEmpty(stream) ? null : stream,
                    PageNum = page,
                    PageSize = DescribePageSize,
                },
                cancellationToken);
            requestId = answer.RequestId;
            var match = answer.LiveAppRecordList.FirstOrDefault(r => r.AppName == body.AppName && (r.StreamName ?? string.Empty) == stream);
            if (match is not null || page >= (answer.TotalPage ?? 1))
            {
                return (match, requestId);
            }
        }

        return (null, requestId);
    }

    private static void AddPrefixes(List<string> fields, string list, IReadOnlyList<AddRecordFormatItem>? items)
    {
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            if (!string.IsNullOrEmpty(items[i]?.OssObjectPrefix))
            {
                fields.Add($"{list}[{i}].OssObjectPrefix");
            }

            if (!string.IsNullOrEmpty(items[i]?.SliceOssObjectPrefix))
            {
                fields.Add($"{list}[{i}].SliceOssObjectPrefix");
            }
        }
    }
}
