// Tab-separated text as Excel and WPS put it on the clipboard: a field holding a tab, a line break or a
// quote is wrapped in quotes with inner quotes doubled; every row ends with a line break (CRLF on write).

/** Length of the line break starting at `at` (CRLF or LF), 0 when there is none. */
function lineBreakAt(text: string, at: number): number {
  if (text[at] === '\n') return 1;
  return text.startsWith('\r\n', at) ? 2 : 0;
}

function endsField(text: string, at: number): boolean {
  return at >= text.length || text[at] === '\t' || lineBreakAt(text, at) > 0;
}

/** An unquoted field: everything up to the next tab or line break. */
function readPlainField(text: string, start: number): [value: string, end: number] {
  let end = start;
  while (!endsField(text, end)) end++;
  return [text.slice(start, end), end];
}

/**
 * A field starting with a quote, read as quoted when its closing quote ends the field. Otherwise it is
 * plain text that happens to start with a quote (e.g. `"5" screen` pasted from a web page) and stays as is.
 */
function readField(text: string, start: number): [value: string, end: number] {
  if (text[start] !== '"') return readPlainField(text, start);
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return readPlainField(text, start);
    value += text.slice(from, quote);
    if (text[quote + 1] === '"') {
      value += '"';
      from = quote + 2;
    } else if (endsField(text, quote + 1)) {
      return [value, quote + 1];
    } else {
      return readPlainField(text, start);
    }
  }
}

/** Rows of fields; the line break ending the last row starts no new row, and "" is no rows at all. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let at = 0;
  while (at < text.length) {
    const row: string[] = [];
    for (;;) {
      const [value, end] = readField(text, at);
      row.push(value);
      if (text[end] !== '\t') {
        at = end + lineBreakAt(text, end);
        break;
      }
      at = end + 1;
    }
    rows.push(row);
  }
  return rows;
}

function quoteField(value: string): string {
  return /[\t\r\n"]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Clipboard text for rows of fields, each row ending in CRLF as Excel writes it (so empty rows survive). */
export function writeTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(quoteField).join('\t')}\r\n`).join('');
}
