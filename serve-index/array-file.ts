// The layout of the serve index's binary files (numbers.bin, the search index): a prefix the format defines
// (magic, header length, JSON header), then typed arrays, each starting 8-byte aligned so a reader can view them
// in place. Written piece by piece, straight from the arrays: at a million papers they are over 500 MB, which a
// buffer of the whole file would hold a second time.

import { closeSync, openSync, writeSync } from "node:fs";

export const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** Where each array starts, counted from the first byte after the padded prefix. */
export function arrayOffsets(arrays: readonly ArrayBufferView[]): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const array of arrays) {
    offsets.push(offset);
    offset = align8(offset + array.byteLength);
  }
  return offsets;
}

const PADDING = new Uint8Array(8);

/** Writes `prefix`, then `arrays` at the offsets arrayOffsets gives (after the prefix padded to 8 bytes). */
export function writeArrayFile(path: string, prefix: Uint8Array, arrays: readonly ArrayBufferView[]): void {
  const fd = openSync(path, "w");
  try {
    const write = (bytes: Uint8Array) => {
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    };
    const padded = (bytes: Uint8Array) => {
      write(bytes);
      write(PADDING.subarray(0, align8(bytes.length) - bytes.length));
    };
    padded(prefix);
    for (const a of arrays) padded(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  } finally {
    closeSync(fd);
  }
}

/** The bytes writeArrayFile writes, in memory (for a caller that keeps them rather than a file). */
export function arrayFileBytes(prefix: Uint8Array, arrays: readonly ArrayBufferView[]): Uint8Array {
  const offsets = arrayOffsets(arrays);
  const start = align8(prefix.length);
  const last = arrays.length - 1;
  const out = new Uint8Array(start + (last < 0 ? 0 : align8(offsets[last]! + arrays[last]!.byteLength)));
  out.set(prefix);
  arrays.forEach((a, i) => out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start + offsets[i]!));
  return out;
}
