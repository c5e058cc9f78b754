/**
 * JSON read as text, where `JSON.parse` loses what matters: the exact text
 * of a numeric id (`12345678901234567890` and `…891` parse to one double,
 * `1e400` to Infinity), and the items of an array one by one, so that one
 * bad item fails alone. Scanning is iterative: nesting depth costs no stack.
 */

/** Index just past the JSON string that starts (with `"`) at `start`, or -1 when it never ends. */
function stringEnd(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index]
    if (char === '\\') index++
    else if (char === '"') return index + 1
  }
  return -1
}

/**
 * The raw text of every item of the top-level array in `text`, or `undefined`
 * when `text` is not an array. Items are cut at the array's own commas,
 * whatever they hold, so an item that is not valid JSON is still an item.
 * `rest` is what follows the array (it should be only whitespace); `complete`
 * is false when the array never closes.
 */
export function arrayItems(text: string): {items: string[]; complete: boolean; rest: string} | undefined {
  const open = text.search(/\S/)
  if (open === -1 || text[open] !== '[') return undefined
  const items: string[] = []
  let depth = 0
  let itemStart = open + 1
  for (let index = open; index < text.length; index++) {
    const char = text[index]
    if (char === '"') {
      const end = stringEnd(text, index)
      if (end === -1) break
      index = end - 1
    } else if (char === '[' || char === '{') {
      depth++
    } else if (char === ']' || char === '}') {
      depth--
      if (depth === 0) {
        const last = text.slice(itemStart, index)
        // `[]` has no item; `[1,]` has an empty last one, which is an error.
        if (last.trim() !== '' || items.length > 0) items.push(last)
        return {items, complete: true, rest: text.slice(index + 1)}
      }
    } else if (char === ',' && depth === 1) {
      items.push(text.slice(itemStart, index))
      itemStart = index + 1
    }
  }
  return {items, complete: false, rest: ''}
}

/**
 * The raw text of the value of top-level `key` in the JSON object `text`
 * (the last one when the key repeats, as `JSON.parse` keeps), or `undefined`.
 * A string value comes with its quotes.
 */
export function rawValueOf(text: string, key: string): string | undefined {
  let depth = 0
  let found: string | undefined
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '"') {
      const end = stringEnd(text, index)
      if (end === -1) return found
      if (depth === 1 && /^\s*:/.test(text.slice(end, end + 16)) && parseString(text.slice(index, end)) === key) {
        const valueStart = text.indexOf(':', end) + 1
        const value = /^\s*("(?:[^"\\]|\\.)*"|[^\s,{}[\]"]+)/.exec(text.slice(valueStart, valueStart + 4096))
        if (value) found = value[1]
      }
      index = end - 1
    } else if (char === '[' || char === '{') {
      depth++
    } else if (char === ']' || char === '}') {
      depth--
    }
  }
  return found
}

function parseString(token: string): string | undefined {
  try {
    return JSON.parse(token) as string
  } catch {
    return undefined
  }
}
