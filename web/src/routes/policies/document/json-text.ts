// The raw JSON view's text and the document it stands for.

export type ParsedText =
  | { readonly ok: true; readonly doc: unknown }
  | { readonly ok: false; readonly message: string; readonly offset: number | undefined };

/** Parses the raw view's text; a syntax error keeps the browser's message and, when it says, the offset. */
export function parseJsonText(text: string): ParsedText {
  try {
    return { ok: true, doc: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(message)?.[1];
    return { ok: false, message, offset: position === undefined ? undefined : Number(position) };
  }
}

/** How documents are written into the raw view and saved: two-space indented. */
export function stringifyDocument(doc: unknown): string {
  return JSON.stringify(doc, null, 2);
}
