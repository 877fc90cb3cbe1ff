// The numeric half of the neighbourhood index (kinds, degrees, links, sorted adjacency) as one binary file:
// a small JSON header naming each typed array, then the arrays' bytes, each 8-byte aligned. Reading it back is
// one file read and views over its buffer: no parsing, no per-node objects.

import { readFileSync, writeFileSync } from "node:fs";
import type { NeighbourhoodIndex } from "../server/neighbourhood/build.js";

/** The typed arrays of the index that are written, in file order. */
export const NUMERIC_FIELDS = [
  "kinds",
  "degrees",
  "linkSource",
  "linkTarget",
  "linkRelation",
  "linkMentions",
  "linkEvidence",
  "linkStart",
  "linkEnd",
  "offsets",
  "detailsOrder",
  "pageOrder",
  "paperRank",
  "nodesById",
  "papersByDate",
  "papersByPageDate",
] as const;

export type NumericField = (typeof NUMERIC_FIELDS)[number];
export type IndexNumbers = Pick<NeighbourhoodIndex, NumericField>;

const CONSTRUCTORS = { Uint8Array, Int32Array, Float64Array } as const;
type ArrayKind = keyof typeof CONSTRUCTORS;

interface Header {
  arrays: { name: NumericField; type: ArrayKind; length: number; offset: number }[];
}

/** A file that is not what writeNumbers wrote (truncated, another format). */
export class NumbersFileError extends Error {
  override readonly name = "NumbersFileError";
  constructor(path: string, why: string) {
    super(`serve index numbers ${path}: ${why}`);
  }
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

export function writeNumbers(path: string, index: IndexNumbers): void {
  const arrays: Header["arrays"] = [];
  let offset = 0;
  for (const name of NUMERIC_FIELDS) {
    const array = index[name];
    arrays.push({ name, type: array.constructor.name as ArrayKind, length: array.length, offset });
    offset = align8(offset + array.byteLength);
  }
  const header = Buffer.from(JSON.stringify({ arrays } satisfies Header));
  const start = align8(4 + header.length);
  const file = Buffer.alloc(start + offset);
  file.writeUInt32LE(header.length, 0);
  header.copy(file, 4);
  for (const { name, offset: at } of arrays) {
    const array = index[name];
    file.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), start + at);
  }
  writeFileSync(path, file);
}

export function readNumbers(path: string): IndexNumbers {
  const file = readFileSync(path);
  if (file.length < 4) throw new NumbersFileError(path, "shorter than its header");
  const headerLength = file.readUInt32LE(0);
  const header = JSON.parse(file.subarray(4, 4 + headerLength).toString("utf8")) as Header;
  const start = align8(4 + headerLength);
  // Typed array views need their element alignment: a fresh buffer when the file's is not 8-byte aligned.
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
  const numbers: Partial<Record<NumericField, unknown>> = {};
  for (const { name, type, length, offset } of header.arrays) {
    const Kind = CONSTRUCTORS[type];
    if (!Kind) throw new NumbersFileError(path, `unknown array type ${type} for ${name}`);
    const at = bytes.byteOffset + start + offset;
    if (at + length * Kind.BYTES_PER_ELEMENT > bytes.byteOffset + bytes.length) {
      throw new NumbersFileError(path, `${name} runs past the end of the file`);
    }
    numbers[name] = new Kind(bytes.buffer, at, length);
  }
  for (const name of NUMERIC_FIELDS) if (!numbers[name]) throw new NumbersFileError(path, `no ${name}`);
  return numbers as IndexNumbers;
}
