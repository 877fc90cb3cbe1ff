// The numeric half of the neighbourhood index (kinds, degrees, links, sorted adjacency) as one binary file:
// a small JSON header naming each typed array, then the arrays' bytes, each 8-byte aligned. Reading it back is
// one file read and views over its buffer: no parsing, no per-node objects.

import { readFileSync } from "node:fs";
import type { NeighbourhoodIndex } from "../server/neighbourhood/build.js";
import { align8, arrayOffsets, writeArrayFile } from "./array-file.js";

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

export function writeNumbers(path: string, index: IndexNumbers): void {
  const values = NUMERIC_FIELDS.map((name) => index[name]);
  const offsets = arrayOffsets(values);
  const arrays: Header["arrays"] = NUMERIC_FIELDS.map((name, i) => ({
    name,
    type: values[i]!.constructor.name as ArrayKind,
    length: values[i]!.length,
    offset: offsets[i]!,
  }));
  const header = Buffer.from(JSON.stringify({ arrays } satisfies Header));
  const prefix = Buffer.alloc(4 + header.length);
  prefix.writeUInt32LE(header.length, 0);
  header.copy(prefix, 4);
  writeArrayFile(path, prefix, values);
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
