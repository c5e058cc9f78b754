/**
 * Parse JSON that has trailing commas (`[1, 2,]`, `{"a": 1,}`), as OpenCC's
 * `testcases.json` does. Commas inside strings are left alone.
 */
export function parseLenientJson(text: string): unknown {
  let out = ''
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? ''
    if (inString) {
      out += char
      if (char === '\\') out += text[++index] ?? ''
      else if (char === '"') inString = false
      continue
    }
    if (char === '"') inString = true
    if (char === ',' && /^\s*[\]}]/.test(text.slice(index + 1, index + 64))) continue
    out += char
  }
  return JSON.parse(out)
}
