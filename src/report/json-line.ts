/**
 * One JSON Lines record. JSON escapes C0 controls but writes C1 controls
 * (U+009B is a terminal's CSI) and bidi controls (U+202E reverses what
 * follows) as they are; written to a terminal they act. `\u` escapes are the
 * same JSON to every reader, so they are escaped always.
 */
const actsOnTerminal = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(actsOnTerminal, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n'
}
