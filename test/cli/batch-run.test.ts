import {spawn} from 'node:child_process'
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
// The corpus writers of the stress script, at a small scale; they run the built CLI (`npm test` builds first).
import {checkOutput, runCli, summaryCounts, writeDirCorpus, writeJsonlCorpus} from '../../scripts/stress.js'
import {root, tempDir} from '../helpers.js'

const bin = path.join(root, 'dist', 'cli', 'bin.js')
const maxBytes = 20_000
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean)
const ids = (file: string) => lines(file).map((line) => (JSON.parse(line) as {id: string}).id)

/** Run the CLI and SIGKILL it once `output` holds `after` lines; resolves with the lines it held then. */
function killHalfway(args: string[], output: string, after: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {stdio: 'ignore'})
    let count = 0
    const poll = setInterval(() => {
      if (!existsSync(output) || statSync(output).size === 0) return
      count = readFileSync(output, 'utf8').split('\n').length - 1
      if (count >= after) child.kill('SIGKILL')
    }, 5)
    child.on('error', reject)
    child.on('close', (_code, signal) => {
      clearInterval(poll)
      if (signal === 'SIGKILL') resolve(count)
      else reject(new Error('the run ended before it could be killed'))
    })
  })
}

describe('newsfacts extract over a batch with bad inputs mixed in', () => {
  it('gives one record per input, the right error codes, and a summary that counts them', async () => {
    const dir = tempDir()
    const jsonl = path.join(dir, 'in.jsonl')
    const folder = path.join(dir, 'files')
    // 1 input in 20 bad: every kind of bad input comes up at least once in each.
    const expected = [
      ...writeJsonlCorpus(jsonl, {articles: 240, badEvery: 20, maxBytes, hugeBytes: 200_000}),
      ...writeDirCorpus(folder, {articles: 240, badEvery: 20, maxBytes, hugeBytes: 200_000})
    ]
    const kinds = new Set(expected.map((entry) => `${entry.kind}:${entry.expect}`))
    for (const kind of ['broken-json:bad-json', 'empty:empty', 'binary:binary', 'bad-encoding:bad-encoding', 'oversized:too-large', 'no-text:bad-json', 'whitespace:empty', 'gb18030:article', 'big5:article']) {
      expect(kinds).toContain(kind)
    }
    const output = path.join(dir, 'out.jsonl')
    const run = await runCli(['extract', jsonl, folder, '-o', output, '--jobs', '2', '--max-bytes', String(maxBytes)], {timeV: false})
    const check = await checkOutput(output, expected, {full: true})
    expect(check.problems).toEqual([])
    const bad = expected.filter((entry) => entry.expect !== 'article').length
    expect(bad).toBeGreaterThanOrEqual(20)
    expect(check).toMatchObject({records: expected.length, errors: bad})
    expect(summaryCounts(run.stderr)).toEqual({inputs: expected.length, articles: expected.length - bad, failed: bad, done: 0})
    expect(run.code).toBe(1)
    // With two workers, records still come out in input order.
    expect(ids(output)).toEqual(expected.map((entry) => entry.id))
  })

  it('killed halfway and resumed, gives the same records as an uninterrupted run, none twice', async () => {
    const dir = tempDir()
    const input = path.join(dir, 'in.jsonl')
    const expected = writeJsonlCorpus(input, {articles: 300, badEvery: 30, maxBytes})
    const args = [input, '--jobs', '2', '--max-bytes', String(maxBytes)]
    const full = path.join(dir, 'full.jsonl')
    expect((await runCli(['extract', ...args, '-o', full, '-q'], {timeV: false})).code).toBe(1)

    const resumed = path.join(dir, 'resumed.jsonl')
    const killedAt = await killHalfway(['extract', ...args, '-o', resumed], resumed, 60)
    expect(killedAt).toBeLessThan(expected.length)
    const second = await runCli(['extract', ...args, '-o', resumed, '--resume'], {timeV: false})
    const done = summaryCounts(second.stderr)!
    expect(done.done).toBeGreaterThanOrEqual(killedAt)
    expect(done.inputs + done.done).toBe(expected.length)
    expect(lines(resumed).sort()).toEqual(lines(full).sort())
    expect(new Set(ids(resumed)).size).toBe(expected.length)
  })

  it('resumes --facts --unordered output too: the same fact lines, none twice', async () => {
    const dir = tempDir()
    const input = path.join(dir, 'in.jsonl')
    writeJsonlCorpus(input, {articles: 300, badEvery: 30, maxBytes})
    const args = [input, '--facts', '--unordered', '--jobs', '2', '--max-bytes', String(maxBytes)]
    const full = path.join(dir, 'full.jsonl')
    await runCli(['extract', ...args, '-o', full, '-q'], {timeV: false})
    const resumed = path.join(dir, 'resumed.jsonl')
    const killedAt = await killHalfway(['extract', ...args, '-o', resumed], resumed, 300)
    expect(killedAt).toBeLessThan(lines(full).length)
    await runCli(['extract', ...args, '-o', resumed, '--resume', '-q'], {timeV: false})
    const got = lines(resumed)
    expect(got.sort()).toEqual(lines(full).sort())
    expect(new Set(got).size).toBe(got.length)
  })
})
