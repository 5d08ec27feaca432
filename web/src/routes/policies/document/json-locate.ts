// Where each value of a JSON text sits, by JSON pointer, so an issue can select the offending text in the raw
// view. Only used on text that JSON.parse accepted, so the scanner may trust the syntax.
import { toPointer, pointerSegments, type Segment } from './pointer';

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export type TextRanges = ReadonlyMap<string, TextRange>;

class Scanner {
  private at = 0;
  readonly ranges = new Map<string, TextRange>();
  constructor(private readonly text: string) {}

  private skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at += 1;
  }

  private string(): string {
    const start = this.at;
    this.at += 1;
    while (this.text[this.at] !== '"') this.at += this.text[this.at] === '\\' ? 2 : 1;
    this.at += 1;
    return JSON.parse(this.text.slice(start, this.at)) as string;
  }

  value(path: Segment[]): void {
    this.skipSpace();
    const start = this.at;
    const c = this.text[this.at];
    if (c === '{') {
      this.at += 1;
      this.skipSpace();
      while (this.text[this.at] !== '}') {
        this.skipSpace();
        const key = this.string();
        this.skipSpace();
        this.at += 1; // :
        this.value([...path, key]);
        this.skipSpace();
        if (this.text[this.at] === ',') this.at += 1;
        this.skipSpace();
      }
      this.at += 1;
    } else if (c === '[') {
      this.at += 1;
      this.skipSpace();
      let i = 0;
      while (this.text[this.at] !== ']') {
        this.value([...path, i]);
        i += 1;
        this.skipSpace();
        if (this.text[this.at] === ',') this.at += 1;
        this.skipSpace();
      }
      this.at += 1;
    } else if (c === '"') {
      this.string();
    } else {
      while (this.at < this.text.length && !/[\s,\]}]/.test(this.text[this.at]!)) this.at += 1;
    }
    this.ranges.set(toPointer(path), { start, end: this.at });
  }
}

/** Ranges of every value of a valid JSON text; an empty map for text that does not parse. */
export function jsonRanges(text: string): TextRanges {
  try {
    JSON.parse(text);
  } catch {
    return new Map();
  }
  const scanner = new Scanner(text);
  scanner.value([]);
  return scanner.ranges;
}

/** The text of the value at `pointer`, or of its nearest existing parent (a missing key points at its object). */
export function rangeOf(ranges: TextRanges, pointer: string): TextRange | undefined {
  const segments = pointerSegments(pointer);
  for (let n = segments.length; n >= 0; n -= 1) {
    const range = ranges.get(toPointer(segments.slice(0, n)));
    if (range) return range;
  }
  return undefined;
}

/** 1-based line of an offset, for "line 12" hints. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text[i] === '\n') line += 1;
  return line;
}
