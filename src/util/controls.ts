/**
 * Control characters made visible, for text that reaches a terminal or a
 * report: an id or file name carrying `ESC ]0;…` could retitle a window or
 * clear a screen, and a bidi override (U+202E) can make one id display as
 * another. Each becomes `\u{…}`, which reads as what it is; tab and line
 * feed stay.
 */
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu

export function showControls(text: string): string {
  controls.lastIndex = 0
  if (!controls.test(text)) return text
  return text.replace(controls, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`)
}
