/** Small buffers for the text preparation (text.ts): linear scans and exact offsets while markdown is stripped. */

/** Finds the next occurrence of a character at or after `from`, caching so scans stay linear. */
export class NextFinder {
  private found = -2;
  private from = -1;
  constructor(private readonly s: string, private readonly ch: string) {}
  next(from: number): number {
    // The cached hit is still the first one ≥ from as long as we searched from ≤ from.
    if (this.found !== -2 && this.from <= from && (this.found === -1 || this.found >= from)) return this.found;
    this.from = from;
    this.found = this.s.indexOf(this.ch, from);
    return this.found;
  }
}

/** Output builder that knows its own length, so offsets are exact without re-joining. */
export class Out {
  parts: string[] = [];
  length = 0;
  push(s: string): void {
    if (s.length === 0) return;
    this.parts.push(s);
    this.length += s.length;
  }
}
