// Splits CSV text into record frames before any field is parsed, so one bad quote costs one line. A quoted field
// may hold newlines, so a record ends only where its double quotes balance; csv-parse alone cannot recover from a
// quote that never closes (everything after it becomes one bad record, reported on the wrong line). Here a frame
// that cannot close (end of file, or longer than any record may be) or that the caller finds malformed gives up
// its first line as the bad one, and the lines after it are framed again from scratch.

/** A stretch of lines that should hold one whole record. */
export interface CsvFrame {
  /** The record's text: its lines joined with "\n" (no trailing newline). */
  text: string;
  /** 1-based line the record starts on. */
  line: number;
  /** Lines the frame spans. */
  lines: string[];
}

/** What the framer hands on: a frame to parse, or a line it rejected. */
export type CsvFrameItem = { frame: CsvFrame } | { badLine: number; message: string };

/** Bounds past which a still-open quote is taken as a mistake rather than a long field. */
export interface FrameLimits {
  maxLines: number;
  maxChars: number;
}

/** Larger than any record the readers accept (100,000-character abstracts by default), with room for newlines. */
export const DEFAULT_FRAME_LIMITS: FrameLimits = { maxLines: 20_000, maxChars: 8 * 1024 * 1024 };

function quoteCount(line: string): number {
  let n = 0;
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * Line-in, frame-out. `push` lines (without their line endings), then `take` items until it returns undefined
 * (it needs more input); after the last line call `end` and `take` until undefined. A caller that finds a
 * multi-line frame malformed calls `reject(frame)` before the next `take`: the frame's first line is reported and
 * the lines after it are framed again.
 */
export class CsvFramer {
  /** Lines not yet framed, in file order: replayed lines first, then fresh ones. */
  private queue: { text: string; no: number }[] = [];
  private open: { text: string; no: number }[] = [];
  private quotes = 0;
  private chars = 0;
  private nextLine = 1;
  private ended = false;

  constructor(private readonly limits: FrameLimits = DEFAULT_FRAME_LIMITS) {}

  push(line: string): void {
    this.queue.push({ text: line, no: this.nextLine++ });
  }

  end(): void {
    this.ended = true;
  }

  take(): CsvFrameItem | undefined {
    while (this.queue.length) {
      const line = this.queue.shift()!;
      // Blank lines between records carry nothing.
      if (!this.open.length && !line.text.trim()) continue;
      this.open.push(line);
      this.quotes += quoteCount(line.text);
      this.chars += line.text.length + 1;
      if (this.quotes % 2 === 0) {
        const lines = this.open.map((l) => l.text);
        const frame = { text: lines.join("\n"), line: this.open[0]!.no, lines };
        this.reset();
        return { frame };
      }
      if (this.open.length > this.limits.maxLines || this.chars > this.limits.maxChars) {
        return this.giveUpFirst(`no closing quote within ${this.limits.maxLines} lines`);
      }
    }
    if (this.ended && this.open.length) return this.giveUpFirst("no closing quote before the end of the file");
    return undefined;
  }

  /** The caller could not read `frame` (the last one taken) as one record: report its first line, replay the rest. */
  reject(frame: CsvFrame, why: string): { badLine: number; message: string } {
    this.queue.unshift(...frame.lines.slice(1).map((text, i) => ({ text, no: frame.line + 1 + i })));
    return { badLine: frame.line, message: why };
  }

  private giveUpFirst(why: string): CsvFrameItem {
    const [first, ...rest] = this.open;
    this.reset();
    this.queue.unshift(...rest);
    return { badLine: first!.no, message: `unbalanced quote: ${why}` };
  }

  private reset(): void {
    this.open = [];
    this.quotes = 0;
    this.chars = 0;
  }
}
