import type { ErrorSchema } from "@rjsf/utils";

/**
 * The server's validation errors, keyed by JSON pointer (/answers/mechanisms/0/name), as the form's
 * error tree, so each message is shown at its field. An error at the root goes to the form itself.
 */
export function errorSchemaOf(errors: Record<string, string[]>): ErrorSchema {
  const tree: Record<string, unknown> = {};
  for (const [pointer, messages] of Object.entries(errors)) {
    let node = tree;
    for (const token of pointer.split("/").slice(1).map(unescape)) {
      node = (node[token] ??= {}) as Record<string, unknown>;
    }
    node.__errors = [...((node.__errors as string[] | undefined) ?? []), ...messages];
  }
  return tree as ErrorSchema;
}

function unescape(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
