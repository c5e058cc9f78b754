/**
 * OpenCC's own test data (shared/external/opencc, see its SOURCE.md) run
 * through `toSimplified`. The pass rates are floors: raise them when they
 * improve, never lower them without a reason in `deliberate`.
 */
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {toSimplified} from '../../src/convert/index.js'
import type {ConvertFrom} from '../../src/pipeline/options.js'
import {parseLenientJson} from './lenient-json.js'

const opencc = new URL('../../../shared/external/opencc/', import.meta.url)
const available = existsSync(new URL('testcases.json', opencc))

interface TestCase {
  id: string
  input: string
  expected: Record<string, string>
}

const configs: Array<[config: string, from: ConvertFrom]> = [
  ['t2s', 't'],
  ['tw2s', 'tw'],
  ['hk2s', 'hk']
]

/** Cases we fail on purpose, with why. */
const deliberate: Record<string, string> = {
  'BYVoid_OpenCC_Issue_767_solace:t2s': 'OpenCC t2s keeps 慰藉著 as 著; mainland usage is 着 (fixes.ts, 著 -> 着)',
  'BYVoid_OpenCC_Issue_767_solace:hk2s': 'OpenCC hk2s keeps 慰藉著 as 著; mainland usage is 着 (fixes.ts, 著 -> 着)',
  'BYVoid_OpenCC_Issue_1469_simplified_me_passthrough:tw2s':
    'OpenCC tw2s makes 老么 老幺 and passes 甚么 through; we keep a lone 么 (Simplified in mixed text) and write 什么'
}

/** Cases opencc-js 1.4.2 itself fails (its dictionaries predate these OpenCC fixes). */
const upstream = new Set([
  'BYVoid_OpenCC_PR_1228_existing_behaviors:t2s',
  'BYVoid_OpenCC_PR_1229_existing_behaviors:t2s',
  'BYVoid_OpenCC_PR_464_xi_vs_xi:t2s'
])

/** Floors: passed / run, measured with opencc-js 1.4.2. */
const floors: Record<string, number> = {t2s: 51 / 55, tw2s: 31 / 32, hk2s: 20 / 21}

describe.skipIf(!available)('OpenCC test cases', () => {
  const cases = available
    ? ((parseLenientJson(readFileSync(new URL('testcases.json', opencc), 'utf8')) as {cases: TestCase[]}).cases)
    : []

  it.each(configs)('%s pass rate', (config, from) => {
    const run = cases.filter((testCase) => config in testCase.expected)
    const failed = run.filter((testCase) => toSimplified(testCase.input, from).text !== testCase.expected[config])
    const rate = (run.length - failed.length) / run.length
    console.log(`OpenCC ${config}: ${run.length - failed.length}/${run.length} (${(rate * 100).toFixed(1)}%)`)
    for (const testCase of failed) {
      const key = `${testCase.id}:${config}`
      expect(deliberate[key] ?? (upstream.has(key) ? 'upstream' : undefined), `unexpected failure ${key}`).toBeDefined()
    }
    expect(rate).toBeGreaterThanOrEqual(floors[config] ?? 1)
  })

  it('tw2sp pass rate (not a default: twp rewrites mainland vocabulary), reported only', () => {
    const run = cases.filter((testCase) => 'tw2sp' in testCase.expected)
    const passed = run.filter((testCase) => toSimplified(testCase.input, 'tw').text === testCase.expected.tw2sp)
    console.log(`OpenCC tw2sp with tw: ${passed.length}/${run.length}`)
    expect(run.length).toBeGreaterThan(0)
  })
})

describe.skipIf(!available)('OpenCC golden texts back to Simplified', () => {
  const original = available ? readFileSync(new URL('us_constitution_zhs.txt', opencc), 'utf8') : ''

  it.each([
    ['s2t', 't'],
    ['s2tw', 'tw'],
    ['s2hk', 'hk']
  ] as Array<[string, ConvertFrom]>)('us_constitution_zhs.%s.txt', (name, from) => {
    const traditional = readFileSync(new URL(`us_constitution_zhs.${name}.txt`, opencc), 'utf8')
    const {text} = toSimplified(traditional, from)
    expect(text.length).toBe(original.length)
    let agree = 0
    for (let index = 0; index < original.length; index++) if (text[index] === original[index]) agree++
    const agreement = agree / original.length
    console.log(`golden ${name} -> s: ${agree}/${original.length} characters agree (${(agreement * 100).toFixed(2)}%)`)
    // Measured: every character round-trips; the text has no one-way cases (its only 著 is in 著作).
    expect(agreement).toBe(1)
  })
})
