/**
 * The HTML report as a reader meets it: real headless Chromium (Debian's
 * `chromium`, driven by playwright-core) opens the written file, and the test
 * clicks through it. Without /usr/bin/chromium the suite is skipped, except in
 * CI (`CI` set), where `.ci/run` installs it and a missing browser must fail.
 */
import {existsSync, mkdirSync, mkdtempSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium, type Browser, type Locator, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeHtmlReport, type ReportEntry} from '../../src/report/html.js'
import {manyEntries, sampleEntries} from '../fixtures/report/records.js'

const executablePath = '/usr/bin/chromium'
const inCi = Boolean(process.env.CI)
const available = existsSync(executablePath)
const skip = !available && !inCi
const reason = `${executablePath} not found; install Debian's chromium (apt-get install chromium) to run the browser test`
if (skip) console.warn(`test/browser/report.test.ts skipped: ${reason}`)

/** Flags that keep Chromium off the (closed) network and quiet in a container. */
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

// The README's picture is refreshed only on request, so a test run leaves the tree clean.
const screenshot = fileURLToPath(
  new URL(process.env.UPDATE_SCREENSHOT ? '../../docs/report.png' : '../../.cache/screenshots/report.png', import.meta.url)
)

describe.skipIf(skip)(`HTML report in Chromium${skip ? ` (skipped: ${reason})` : ''}`, () => {
  let browser: Browser
  let directory: string

  beforeAll(async () => {
    if (!available) throw new Error(`CI is set but ${reason}`)
    directory = mkdtempSync(join(tmpdir(), 'newsfacts-browser-'))
    browser = await chromium.launch({executablePath, headless: true, args})
  })

  afterAll(async () => {
    await browser?.close()
    if (directory) rmSync(directory, {recursive: true, force: true})
  })

  /** Open a report of `entries`, collecting every console error, page error and request. */
  async function open(entries: ReportEntry[], name: string, viewport = {width: 1000, height: 900}) {
    const path = join(directory, name)
    await writeHtmlReport(entries, path)
    const page = await browser.newPage({viewport})
    const errors: string[] = []
    const requests: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`))
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathToFileURL(path).href, {waitUntil: 'load'})
    return {page, errors, requests, url: pathToFileURL(path).href}
  }

  async function text(locator: Locator): Promise<string> {
    return (await locator.textContent()) ?? ''
  }

  /** The id of the focused element (the tests' tsconfig has no DOM types, so page code is given as strings). */
  async function focusedId(page: Page): Promise<string> {
    return (await page.evaluate('document.activeElement ? document.activeElement.id : ""')) as string
  }

  async function openArticle(page: Page, index: number) {
    const details = page.locator(`#a${index}`)
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click()
    await details.locator('.article-body:not([data-pending])').waitFor()
  }

  it('renders the seed article, shows a clicked fact with its value and original text, and saves a screenshot', async () => {
    const {page, errors, requests, url} = await open(sampleEntries(), 'report.html')
    try {
      expect(await text(page.locator('h1'))).toBe('newsfacts report')
      expect(await page.locator('#overview .chart svg rect').count()).toBe(9)
      // Nothing is rendered until an article opens.
      expect(await page.locator('button.fact').count()).toBe(0)

      await openArticle(page, 0)
      const fact = page.locator('#a0 button.fact', {hasText: '25.3亿元'})
      expect(await fact.getAttribute('aria-label')).toBe('25.3亿元, amount fact')
      expect(await page.locator('#a0 button.fact').count()).toBe(20)
      await fact.click()

      const panel = page.locator('#a0-details')
      expect(await panel.getAttribute('aria-live')).toBe('polite')
      expect(await fact.getAttribute('aria-expanded')).toBe('true')
      expect(await text(panel)).toContain('2530000000')
      expect(await text(panel)).toContain('CNY')
      expect(await text(panel)).toContain('一般公共预算收入')
      expect(await text(panel.locator('.original-text q'))).toBe('25.3億元')
      expect(await text(panel)).toContain('25.3億元 at line 9, column 134')

      // The original beside the normalized text, with the fact's source and the repairs marked.
      await page.locator('#a0-toggle').check()
      expect(await page.locator('#a0-original').isVisible()).toBe(true)
      // One repair message, every one of its 194 places marked, each saying which rule and which place it is.
      const marks = page.locator('#a0-original mark.repair')
      expect(await marks.count()).toBe(194)
      expect(await text(marks.first())).toBe('(qū)')
      const reason = "Removed 194 pinyin annotations left by a mirror site's Traditional conversion"
      expect(await marks.first().getAttribute('title')).toBe(`Repair pinyin-annotation (1 of 194): ${reason}`)
      expect(await marks.last().getAttribute('title')).toBe(`Repair pinyin-annotation (194 of 194): ${reason}`)
      expect(await text(marks.last())).toBe('(zé)')
      const marked = (await page.evaluate(
        `Array.from(document.querySelectorAll('#a0-original mark.repair'), (mark) => mark.textContent)`
      )) as string[]
      expect(marked.filter((annotation) => !/^\([a-zü\u00e0-\u01dc]+\)$/.test(annotation))).toEqual([])
      // Not by colour alone: the removed text is struck through.
      expect(await page.evaluate(`getComputedStyle(document.querySelector('#a0-original mark.repair')).textDecorationLine`)).toBe('line-through')
      await page.locator('#a0 details.repairs > summary').click()
      expect(await text(page.locator('#a0 details.repairs li'))).toContain('194 places marked')
      expect(await text(page.locator('#a0-original .src-fact.current'))).toBe('25.3億元')

      // Frame the clicked fact, the original beside it and the details panel.
      await page.evaluate(`window.scrollBy(0, document.querySelector('#a0-f6').getBoundingClientRect().top - 230)`)
      mkdirSync(join(screenshot, '..'), {recursive: true})
      await page.screenshot({path: screenshot})
      expect(statSync(screenshot).size).toBeGreaterThan(10_000)

      expect(errors).toEqual([])
      expect(requests).toEqual([url])
    } finally {
      await page.close()
    }
  })

  it('links checks to their facts, marks inconsistent ones, and escapes hostile text', async () => {
    const {page, errors} = await open(sampleEntries(), 'checks.html')
    try {
      await openArticle(page, 0)
      const check = page.locator('#a0-c1')
      expect(await check.getAttribute('class')).toMatch(/v-consistent/)
      expect(await text(check)).toContain('88 / 111 = 79.3%, within 79% ± 0.5')
      await check.locator('a.fact-link', {hasText: '88个'}).click()
      expect(await text(page.locator('#a0-details'))).toContain('88个 = 88 个 · 开复工项目')
      expect(await text(page.locator('#a0-details .original-text q'))).toBe('88個')
      expect(await focusedId(page)).toBe('a0-f13')
      expect(await check.getAttribute('class')).toMatch(/uses-selected/)

      await openArticle(page, 1)
      const bad = page.locator('#a1 .check.v-inconsistent')
      expect(await bad.count()).toBe(1)
      expect(await text(bad)).toContain('✗ Inconsistent')
      expect(await page.evaluate(`getComputedStyle(document.querySelector('#a1 .check.v-inconsistent')).backgroundColor`)).toBe('rgb(254, 226, 226)')
      // Markup in the text is text: no element was made of it.
      expect(await text(page.locator('#a1 .pane.normalized .text'))).toContain('<script>alert("x")</script>')
      expect(await page.locator('#a1 img').count()).toBe(0)
      expect(await page.locator('#a1 .pane.normalized .text script').count()).toBe(0)
      // A point repair placed by line and column only.
      await page.locator('#a1 details.repairs > summary').click()
      await page.locator('#a1 a.repair-link').click()
      expect(await focusedId(page)).toBe('a1-r0')
      expect(await page.locator('#a1-r0').getAttribute('class')).toMatch(/point/)

      // A conflict side opens its article at its fact.
      await page.locator('#conflicts a.goto').first().click()
      expect(await focusedId(page)).toBe('a0-f6')
      expect(await text(page.locator('#a0-details'))).toContain('2530000000')

      // Keyboard: Enter on a focused fact shows it.
      await page.locator('#a1-f2').focus()
      await page.keyboard.press('Enter')
      expect(await text(page.locator('#a1-details'))).toContain('2500000000')

      expect(errors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('stacks the texts on a narrow screen without horizontal scrolling', async () => {
    const {page, errors} = await open(sampleEntries(), 'narrow.html', {width: 375, height: 800})
    try {
      await openArticle(page, 0)
      await page.locator('#a0-toggle').check()
      const normalized = await page.locator('#a0 .pane.normalized').boundingBox()
      const original = await page.locator('#a0 .pane.original').boundingBox()
      expect(original!.y).toBeGreaterThan(normalized!.y + normalized!.height - 1)
      expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true)
      expect(errors).toEqual([])
    } finally {
      await page.close()
    }
  })

  // Speed lives in the benchmark; this pins the laziness that makes it fast.
  it('opens a report of 3000 articles and renders only what is opened', async () => {
    const {page, errors} = await open(manyEntries(3000), 'many.html')
    try {
      expect(await page.locator('details.article').count()).toBe(3000)
      expect(await page.locator('button.fact').count()).toBe(0)
      await openArticle(page, 2999)
      expect(await page.locator('button.fact').count()).toBe(1)
      await page.locator('#only-inconsistent').check()
      expect(await text(page.locator('#filter-status'))).toBe('Showing 60 of 3000 articles')
      await page.locator('#only-inconsistent').uncheck()
      await page.locator('#filter').fill('bulk/01234')
      // The filter waits for typing to pause.
      await expect.poll(() => text(page.locator('#filter-status'))).toBe('Showing 1 of 3000 articles')
      expect(await page.locator('details.article:not([hidden])').count()).toBe(1)
      expect(errors).toEqual([])
    } finally {
      await page.close()
    }
  })
})
