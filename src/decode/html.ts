import type {Element, Root, RootContent, Text} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {toText} from 'hast-util-to-text'
import type {OffsetMap} from '../util/offset-map.js'
import {findElement, findPublishedAt, findTitle, visitElements} from './html-meta.js'
import {MappedTextBuilder} from './mapped-text.js'
import {readableText} from './readable.js'

export interface HtmlArticle {
  /** The article's text, one line per block. */
  text: string
  /** Maps `text` into the HTML. */
  map: OffsetMap
  title: string | null
  publishedAt: string | null
}

/** Whether the input is an HTML page: by its extension or by how it starts. */
export function isHtml(text: string, extname: string | undefined): boolean {
  if (extname !== undefined && /^\.html?$/i.test(extname)) return true
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(text)
}

const parser = unified().use(rehypeParse)

/** Never article text, wherever they are. */
const skipped = new Set(['script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'button', 'select', 'iframe', 'svg', 'head'])
/** The page's chrome, unless they belong to the `<article>` being read (its headline, its byline). */
const chrome = new Set(['header', 'footer'])

const blocks = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
  'header', 'footer', 'caption', 'center'
])

/**
 * Extract the article's text, title and publication date from an HTML page,
 * keeping positions in the HTML. The text is the page's `<article>` (the
 * longest, when it has several); without one, the text nodes Readability
 * reads as the body, and the headline, within `<main>` when there is one;
 * when Readability finds nothing, `<main>` or else the body.
 */
export function extractHtml(html: string): HtmlArticle {
  const tree = parser.parse(html)
  const title = findTitle(tree)
  const builder = new MappedTextBuilder(html.length)
  const article = longestArticle(tree)
  const readable = article ? undefined : readableNodes(tree, html, title)
  if (article) appendChildren(builder, html, article, {inArticle: true, pre: false})
  else if (readable) appendChildren(builder, html, mainOrBody(tree), {inArticle: false, pre: false, ...readable})
  else appendChildren(builder, html, mainOrBody(tree), {inArticle: false, pre: false})
  return {...builder.finish(), title, publishedAt: findPublishedAt(tree)}
}

interface Walk {
  /** Inside the `<article>` being read: its `<header>` and `<footer>` are its own. */
  inArticle: boolean
  pre: boolean
  /** Only these text nodes are article text (the rest is the page's chrome). */
  kept?: ReadonlySet<Text>
  /** The article's `<h1>`: a `<header>` holding it is the article's, not the page's. */
  headline?: Element
}

function longestArticle(tree: Root): Element | undefined {
  const articles: Element[] = []
  visitElements(tree, (element) => {
    if (element.tagName === 'article') articles.push(element)
  })
  if (articles.length === 0) return undefined
  return articles.reduce((best, article) => (textLength(article) > textLength(best) ? article : best))
}

function mainOrBody(tree: Root): Root | Element {
  return (
    findElement(tree, (element) => element.tagName === 'main' || element.properties.role === 'main') ??
    findElement(tree, (element) => element.tagName === 'body') ??
    tree
  )
}

/** Text Readability reads; the rest (script, style) it never does. */
const unread = new Set(['head', 'script', 'style', 'template', 'noscript'])

/**
 * Readability's text is a copy, without positions: the text nodes of our
 * own parse that spell it, in order, are the body. Whitespace is left out
 * of the comparison (the two parsers and Readability's cleaning space
 * blocks differently). `undefined` when Readability finds no body or its
 * text cannot be followed through the page to the end.
 */
function readableNodes(tree: Root, html: string, title: string | null): {kept: Set<Text>; headline?: Element} | undefined {
  const readable = readableText(html)
  if (readable === null) return undefined
  const target = squash(readable)
  const kept = new Set<Text>()
  let cursor = 0
  let keeping = false
  visitTexts(tree, (node) => {
    const text = squash(node.value)
    // Spaces between kept words stay with them.
    if (text === '') {
      if (keeping) kept.add(node)
    } else if (target.startsWith(text, cursor)) {
      kept.add(node)
      cursor += text.length
      keeping = true
    } else {
      keeping = false
    }
  })
  if (cursor < target.length * MIN_FOLLOWED_SHARE) return undefined
  dropLinkLists(tree, kept)
  // Readability drops the headline that repeats the title; the checks read it as the article's first line.
  const headline = title === null ? undefined : findElement(tree, (element) => element.tagName === 'h1' && squash(toText(element)) === squash(title))
  if (!headline) return {kept}
  visitTexts(headline, (node) => kept.add(node))
  return {kept, headline}
}

/**
 * A block whose text is mostly links is a list of other pages (`相关文章`,
 * a column menu, `打印本页`), which Readability keeps when it takes a whole
 * layout table: its headlines must not become the article's facts. The
 * same measure as Readability's own link density, on the blocks it kept.
 */
const MAX_LINK_SHARE = 0.5

function dropLinkLists(node: Root | Element, kept: Set<Text>): void {
  for (const child of node.children) {
    if (child.type !== 'element' || unread.has(child.tagName)) continue
    if (blocks.has(child.tagName) && !hasBlock(child)) {
      const texts: Array<[Text, boolean]> = []
      collectTexts(child, false, texts)
      const length = (linked: boolean) => texts.reduce((sum, [text, inLink]) => (kept.has(text) && (!linked || inLink) ? sum + squash(text.value).length : sum), 0)
      const all = length(false)
      if (all > 0 && length(true) / all > MAX_LINK_SHARE) for (const [text] of texts) kept.delete(text)
    } else {
      dropLinkLists(child, kept)
    }
  }
}

function contains(element: Element, descendant: Element): boolean {
  return element.children.some((child) => child === descendant || (child.type === 'element' && contains(child, descendant)))
}

function hasBlock(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (blocks.has(child.tagName) || hasBlock(child)))
}

function collectTexts(node: Element, inLink: boolean, texts: Array<[Text, boolean]>): void {
  for (const child of node.children) {
    if (child.type === 'text') texts.push([child, inLink])
    else if (child.type === 'element') collectTexts(child, inLink || child.tagName === 'a', texts)
  }
}

/** Share of Readability's text that must be found in order for its choice to be taken. */
const MIN_FOLLOWED_SHARE = 0.9

function squash(text: string): string {
  return text.replace(/\s+/g, '')
}

function visitTexts(node: Root | Element, visit: (text: Text) => void): void {
  for (const child of node.children) {
    if (child.type === 'text') visit(child)
    else if (child.type === 'element' && !unread.has(child.tagName)) visitTexts(child, visit)
  }
}

function textLength(node: Root | RootContent): number {
  if (node.type === 'text') return node.value.trim().length
  if (node.type !== 'element' && node.type !== 'root') return 0
  if (node.type === 'element' && skipped.has(node.tagName)) return 0
  return node.children.reduce((sum, child) => sum + textLength(child), 0)
}

function appendChildren(builder: MappedTextBuilder, html: string, node: Root | Element, walk: Walk): void {
  for (const child of node.children) {
    if (child.type === 'text') {
      if (!walk.kept || walk.kept.has(child)) appendText(builder, html, child, walk.pre)
    } else if (child.type === 'element') appendElement(builder, html, child, walk)
  }
}

function appendElement(builder: MappedTextBuilder, html: string, element: Element, walk: Walk): void {
  const name = element.tagName
  if (skipped.has(name) || (chrome.has(name) && !walk.inArticle && !(walk.headline && contains(element, walk.headline)))) return
  const block = blocks.has(name)
  const start = element.position?.start.offset ?? 0
  const end = element.position?.end.offset ?? start
  if (block) builder.lineBreak(start)
  const pre = walk.pre || name === 'pre' || name === 'textarea'
  appendChildren(builder, html, element, {...walk, inArticle: walk.inArticle || name === 'article', pre})
  if (block) builder.lineBreak(end)
}

const collapsible = /[ \t\n\r\f]/

/**
 * Append a text node. Its units map to their characters in the HTML,
 * through character references (`&amp;` -> `&`) and CR LF; if the node's
 * value cannot be aligned with its source, every unit maps to the whole node.
 * Outside `<pre>`, runs of whitespace become one space.
 */
function appendText(builder: MappedTextBuilder, html: string, node: Text, pre: boolean): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const value = node.value
  const spans = start === undefined || end === undefined ? undefined : align(value, html.slice(start, end), start)
  const nodeStart = start ?? 0
  const nodeEnd = end ?? nodeStart
  let spaceStart = -1
  let spaceEnd = -1
  for (let index = 0; index <= value.length; index++) {
    const unit = value[index]
    const [unitStart, unitEnd] = spans?.[index] ?? [nodeStart, nodeEnd]
    if (!pre && unit !== undefined && collapsible.test(unit)) {
      if (spaceStart === -1) spaceStart = unitStart
      spaceEnd = unitEnd
      continue
    }
    if (spaceStart !== -1) {
      if (builder.last !== ' ') builder.push(' ', spaceStart, spaceEnd)
      spaceStart = -1
    }
    if (unit === undefined) break
    if (unit === '\n') builder.lineBreak(unitStart)
    else builder.push(unit, unitStart, unitEnd)
  }
}

const referencePattern = /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/

/** Source range of every unit of `value`, which the parser made from `raw` (at `offset`); `undefined` if they do not align. */
function align(value: string, raw: string, offset: number): Array<[number, number]> | undefined {
  if (raw.length === value.length) return Array.from(value, (_, index) => [offset + index, offset + index + 1])
  const spans: Array<[number, number]> = []
  let r = 0
  for (let v = 0; v < value.length; ) {
    const reference = raw[r] === '&' ? referencePattern.exec(raw.slice(r, r + 40)) : null
    // A reference the parser left as written (`&foo;`) is ordinary text.
    if (reference && !value.startsWith(reference[0], v)) {
      const units = isHighSurrogate(value.charCodeAt(v)) ? 2 : 1
      for (let unit = 0; unit < units; unit++) spans.push([offset + r, offset + r + reference[0].length])
      r += reference[0].length
      v += units
    } else if (raw[r] === value[v]) {
      spans.push([offset + r, offset + r + 1])
      r++
      v++
    } else if (raw[r] === '\r') {
      // CR LF and lone CR become LF.
      if (raw[r + 1] !== '\n') {
        spans.push([offset + r, offset + r + 1])
        v++
      }
      r++
    } else {
      return undefined
    }
  }
  return r === raw.length ? spans : undefined
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
