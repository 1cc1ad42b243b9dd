using EcFunctions.Attachments;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Storage;
using EcFunctions.Synthesis;
using Microsoft.Extensions.Options;

namespace EcFunctions;

// Each checks its options' data annotations with code generated at build time.

[OptionsValidator]
internal sealed partial class QuestionnaireOptionsValidator : IValidateOptions<QuestionnaireOptions>;

[OptionsValidator]
internal sealed partial class RequestOptionsValidator : IValidateOptions<RequestOptions>;

[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;

[OptionsValidator]
internal sealed partial class AttachmentOptionsValidator : IValidateOptions<AttachmentOptions>;

[OptionsValidator]
internal sealed partial class SynthesisOptionsValidator : IValidateOptions<SynthesisOptions>;
