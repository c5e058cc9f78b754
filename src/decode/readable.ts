import {createRequire} from 'node:module'

/**
 * The article body of a page by Mozilla's Readability (the Firefox reader
 * view), over linkedom, a fast DOM without layout or scripts: chosen by
 * measure among Readability over happy-dom and domino, and defuddle
 * (BENCHMARKS.md, "HTML article bodies"). Only its text is used: positions
 * come from our own parse, which keeps every text node's offsets.
 */

const require = createRequire(import.meta.url)

interface ReadabilityArticle {
  textContent: string | null
}

interface ReadabilityModule {
  Readability: new (document: unknown, options: {charThreshold: number}) => {parse(): ReadabilityArticle | null}
}

interface LinkedomModule {
  parseHTML(html: string): {document: unknown}
}

/**
 * Readability retries with looser rules until a body reaches this many
 * characters (500 by default); a short Chinese release is 300 characters,
 * and each retry is a whole pass (measured: 24 ms a page at 500, 5 ms at 100).
 */
const CHAR_THRESHOLD = 100

let modules: {readability: ReadabilityModule; linkedom: LinkedomModule} | undefined

/** The body's text as Readability reads it, or `null` when it finds none. */
export function readableText(html: string): string | null {
  // Loaded on the first page without `<article>`: text and JSON inputs never pay for them.
  modules ??= {
    readability: require('@mozilla/readability') as ReadabilityModule,
    linkedom: require('linkedom') as LinkedomModule
  }
  const {document} = modules.linkedom.parseHTML(html)
  const article = new modules.readability.Readability(document, {charThreshold: CHAR_THRESHOLD}).parse()
  const text = article?.textContent ?? ''
  return text.trim() === '' ? null : text
}
