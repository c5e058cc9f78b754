import type {Element, Root} from 'hast'
import {toText} from 'hast-util-to-text'

/** Meta keys (`property`, `name` or `itemprop`) that carry the publication date, most specific first. */
const dateKeys = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'og:release_date',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish_date',
  'publication_date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'sailthru.date',
  'date'
]

/**
 * The article's title: `og:title`, else the `<h1>` the `<title>` starts
 * with, else the `<title>` without the site's name (`标题_频道_某某网`,
 * `Headline | Site`); `null` when the page has none.
 */
export function findTitle(tree: Root): string | null {
  const og = metaContent(tree, ['og:title'])
  if (og !== null) return collapse(og)
  const element = findElement(tree, (candidate) => candidate.tagName === 'title')
  const title = element ? collapse(toText(element)) : ''
  const headline = findElement(tree, (candidate) => candidate.tagName === 'h1')
  const heading = headline ? collapse(toText(headline)) : ''
  if (heading !== '' && (title === '' || title.startsWith(heading))) return heading
  return title === '' ? null : withoutSiteName(title)
}

/**
 * Separators between a page's title and its site's name or channel: `|`,
 * `_`, dashes, and a hyphen with spaces around it or a CJK character beside
 * it (`增长8.8%-新华网`; not the one of `1-8月` or `COVID-19`).
 */
const titleSeparator = /\s*[|_｜–—]\s*|\s+-\s+|(?<=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])-|-(?=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])/u

/** The longest part of a `<title>` cut at its separators: a site or channel name is shorter than the headline. */
export function withoutSiteName(title: string): string {
  const parts = title.split(titleSeparator).map((part) => part.trim()).filter((part) => part !== '')
  return parts.reduce((best, part) => (part.length > best.length ? part : best), parts[0] ?? title)
}

/** The publication date the page's meta tags (or a `<time pubdate>`) state, as ISO 8601. */
export function findPublishedAt(tree: Root): string | null {
  const stated = metaContent(tree, dateKeys) ?? timeElementDate(tree)
  return stated === null ? null : normalizeDate(stated)
}

function metaContent(tree: Root, keys: readonly string[]): string | null {
  const found = new Map<string, string>()
  visitElements(tree, (element) => {
    if (element.tagName !== 'meta') return
    const {property, name, itemProp, content} = element.properties
    if (typeof content !== 'string' || content.trim() === '') return
    for (const key of [property, name, itemProp].flat()) {
      if (typeof key === 'string' && !found.has(key.toLowerCase())) found.set(key.toLowerCase(), content.trim())
    }
  })
  for (const key of keys) {
    const content = found.get(key)
    if (content !== undefined) return content
  }
  return null
}

function timeElementDate(tree: Root): string | null {
  const time = findElement(
    tree,
    (element) =>
      element.tagName === 'time' &&
      typeof element.properties.dateTime === 'string' &&
      (element.properties.pubdate !== undefined || [element.properties.itemProp].flat().includes('datePublished'))
  )
  return time ? String(time.properties.dateTime) : null
}

const datePattern =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s]+(\d{1,2})[:时](\d{2})(?:[:分](\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?/

/** `2023-02-20 08:58:54`, `2023/2/20`, `2023年2月20日`, `20230220` -> ISO 8601; `null` if it is no date. */
export function normalizeDate(value: string): string | null {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim())
  const match = compact ?? datePattern.exec(value.trim())
  if (!match) return null
  const [, year, month, day, hour, minute, second, zone] = match
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null
  const date = `${year}-${pad(month)}-${pad(day)}`
  if (hour === undefined || minute === undefined) return date
  const offset = zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
  return `${date}T${pad(hour)}:${minute}:${second ?? '00'}${offset}`
}

function pad(value: string | undefined): string {
  return (value ?? '').padStart(2, '0')
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function findElement(tree: Root | Element, test: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined
  visitElements(tree, (element) => {
    if (!found && test(element)) found = element
  })
  return found
}

export function visitElements(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    visit(child)
    visitElements(child, visit)
  }
}
