import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {Progress} from '../../src/cli/progress.js'
import type {OutputRecord} from '../../src/types.js'
import {memoryIo, seedPath} from '../helpers.js'

const article = {type: 'article'} as OutputRecord

describe('the progress line', () => {
  it('counts the share of inputs done, not of bytes read ahead of the workers', async () => {
    const read = {bytes: 0, items: 0}
    const progress = new Progress(new PassThrough(), true, {read, total: async () => 2_300_000})
    await Promise.resolve()
    const start = Date.now()
    progress.tick(article, 0)
    // Within the second the reader has read all 23 inputs ahead; one is done.
    read.bytes = 2_300_000
    read.items = 23
    expect(progress.line(start + 1000)).toBe('1 article  1/s  0.1 MB/s  0 errors  4%  ETA 22s')
    for (let i = 1; i < 23; i++) progress.tick(article, 0)
    expect(progress.line(start + 2000)).toMatch(/^23 articles  \d+\/s  [\d.]+ MB\/s  0 errors  100%$/)
    progress.done()
  })

  it('counts inputs passed over on resume as done', async () => {
    const read = {bytes: 1_000_000, items: 10}
    const progress = new Progress(new PassThrough(), true, {read, total: async () => 1_000_000})
    await Promise.resolve()
    for (let i = 0; i < 5; i++) progress.pass()
    expect(progress.line(Date.now() + 1000)).toMatch(/^0 articles  0\/s  0\.5 MB\/s  0 errors  50%  ETA 1s$/)
    progress.done()
  })

  it('is taken off the line before a report is printed, and after the last', async () => {
    const io = {...memoryIo(), stderrIsTTY: true}
    expect(await execute(['check', '--verbose', '--jobs', '0', seedPath], io)).toBe(0)
    const err = io.err()
    // Every report starts on a cleared line; the progress is never left before text.
    expect(err.startsWith('\r\u001B[K')).toBe(true)
    expect(err).toMatch(/^\r\u001B\[K1 article  \d+\/s  [\d.]+ MB\/s  0 errors  100%\r\u001B\[K\u001B\[4m\u001B\[33m/)
    expect(err).toMatch(/\nnewsfacts: 1 input: 1 article \(1 repaired\), 0 failed, 35 facts, 1 warning, 0 inconsistent\n$/)
  })
})
