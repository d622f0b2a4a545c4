using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using TcApi.Telemetry;
using TcApi.Validation;

namespace TcApi.Client.Pipeline;

/// <summary>
/// Stops a call that cannot succeed before anything is written, waited for or sent: an action that needs a region
/// without one, a request that breaks a rule — or a warning, under <see cref="TencentCloudClientOptions.TreatWarningsAsErrors"/>
/// unless its rule is in <see cref="TencentCloudClientOptions.WarningsNotAsErrors"/>. Logs the warnings of a request it lets through.
/// </summary>
internal sealed class ValidateStep(TencentCloudClientOptions options, ClientTelemetry telemetry) : ClientStep
{
    public override ValueTask RunAsync(AttemptContext context)
    {
        var action = context.Action;
        if (action.RegionRequired && options.Region is null)
        {
            throw new InvalidOperationException($"{action.Action} needs a region: set TencentCloudClientOptions.Region (X-TC-Region).");
        }

        if (options.ValidateRequests)
        {
            Validate(context.Request, action);
        }

        return RunNextAsync(context);
    }

    private void Validate(Wire.IApiRequest request, ApiActionInfo action)
    {
        var result = request.Validate();
        if (result.Violations.Count == 0)
        {
            return;
        }

        var promoted = options.TreatWarningsAsErrors ? PromotedWarnings(result.Violations, options.WarningsNotAsErrors) : null;
        if (!result.IsValid || promoted is not null)
        {
            throw new RequestValidationException(action.Action, result.Violations, (IReadOnlyList<ValidationViolation>?)promoted ?? Array.Empty<ValidationViolation>());
        }

        telemetry.ValidationWarnings(action, result.Violations);
    }

    private static List<ValidationViolation>? PromotedWarnings(IReadOnlyList<ValidationViolation> violations, ISet<string> exempt)
    {
        List<ValidationViolation>? promoted = null;
        foreach (var violation in violations)
        {
            if (violation.Severity == RuleSeverity.Warning && !exempt.Contains(violation.RuleId))
            {
                (promoted ??= new List<ValidationViolation>()).Add(violation);
            }
        }

        return promoted;
    }
}
