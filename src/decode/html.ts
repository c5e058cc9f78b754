import type {Element, Root, RootContent, Text} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {OffsetMap} from '../util/offset-map.js'
import {findElement, findPublishedAt, findTitle, visitElements} from './html-meta.js'
import {MappedTextBuilder} from './mapped-text.js'

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

/** Extract the article's text, title and publication date from an HTML page, keeping positions in the HTML. */
export function extractHtml(html: string): HtmlArticle {
  const tree = parser.parse(html)
  const root = contentRoot(tree)
  const builder = new MappedTextBuilder(html.length)
  appendChildren(builder, html, root, root.type === 'element' && root.tagName === 'article', false)
  return {...builder.finish(), title: findTitle(tree), publishedAt: findPublishedAt(tree)}
}

/** `<article>` (the longest, when a page has several), else `<main>`, else the body. */
function contentRoot(tree: Root): Root | Element {
  const articles: Element[] = []
  visitElements(tree, (element) => {
    if (element.tagName === 'article') articles.push(element)
  })
  if (articles.length > 0) return articles.reduce((best, article) => (textLength(article) > textLength(best) ? article : best))
  return (
    findElement(tree, (element) => element.tagName === 'main' || element.properties.role === 'main') ??
    findElement(tree, (element) => element.tagName === 'body') ??
    tree
  )
}

function textLength(node: Root | RootContent): number {
  if (node.type === 'text') return node.value.trim().length
  if (node.type !== 'element' && node.type !== 'root') return 0
  if (node.type === 'element' && skipped.has(node.tagName)) return 0
  return node.children.reduce((sum, child) => sum + textLength(child), 0)
}

function appendChildren(builder: MappedTextBuilder, html: string, node: Root | Element, inArticle: boolean, pre: boolean): void {
  for (const child of node.children) {
    if (child.type === 'text') appendText(builder, html, child, pre)
    else if (child.type === 'element') appendElement(builder, html, child, inArticle, pre)
  }
}

function appendElement(builder: MappedTextBuilder, html: string, element: Element, inArticle: boolean, pre: boolean): void {
  const name = element.tagName
  if (skipped.has(name) || (chrome.has(name) && !inArticle)) return
  const block = blocks.has(name)
  const start = element.position?.start.offset ?? 0
  const end = element.position?.end.offset ?? start
  if (block) builder.lineBreak(start)
  appendChildren(builder, html, element, inArticle || name === 'article', pre || name === 'pre' || name === 'textarea')
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
