// Small escaping helpers for list values inside query parameters. Pure.

/** Separators of list values: escaped inside ids so any id survives the trip. */
const RESERVED = /[%,~*]/g;

export function escapePart(id: string): string {
  return id.replace(RESERVED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

export function unescapePart(text: string): string {
  return text.replace(/%(25|2C|7E|2A)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Percent-encodes a query value but keeps `:`, `/` and `,` readable (they are safe in a query string). */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ":").replace(/%2F/gi, "/").replace(/%2C/gi, ",");
}

/** A finite number from text, or the fallback. */
export function parseNumber(text: string | null, fallback: number): number {
  if (text === null || text.trim() === "") return fallback;
  const n = Number(text);
  return Number.isFinite(n) ? n : fallback;
}

export const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;
