using EcFunctions.Storage;
using Microsoft.Net.Http.Headers;

namespace EcFunctions.Responses;

/// <summary>
/// The HTTP entity tag of a response. It is derived from the revision and its bytes rather than
/// taken from the table row, whose tag is weak and changes with bookkeeping the client never sees.
/// </summary>
public static class ResponseETag
{
    /// <summary>The strong entity tag of the head's current revision.</summary>
    public static EntityTagHeaderValue For(ResponseEntity head) => new($"\"{head.Revision}-{head.Sha256[..16]}\"");
}
