import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {Progress} from '../../src/cli/progress.js'
import type {OutputRecord} from '../../src/types.js'

const article = {type: 'article'} as OutputRecord
const failure = {type: 'error'} as OutputRecord

function sink() {
  const stream = new PassThrough()
  let text = ''
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
  return {stream, text: () => text}
}

describe('Progress', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const out = sink()
    const progress = new Progress(out.stream, false, {read: {bytes: 0}, total: async () => 100})
    progress.tick(article, 10)
    progress.done()
    expect(out.text()).toBe('')
  })

  it('shows articles/s, MB/s, errors, and the share done with an ETA when the total is known', async () => {
    const read = {bytes: 0}
    const progress = new Progress(sink().stream, true, {read, total: async () => 10_000_000})
    await Promise.resolve()
    const start = Date.now()
    progress.tick(article, 0)
    progress.tick(failure, 0)
    read.bytes = 2_000_000
    // 2 MB in 2 s: 1 MB/s, 8 MB to go.
    expect(progress.line(start + 2000)).toBe('2 articles  1/s  1.0 MB/s  1 error  20%  ETA 8s')
    read.bytes = 4_000_000
    expect(progress.line(start + 4000)).toMatch(/  40%  ETA 6s$/)
    progress.done()
  })

  it('bases the rate on the last seconds, so inputs skipped on resume stop inflating it', async () => {
    const read = {bytes: 0}
    const progress = new Progress(sink().stream, true, {read, total: async () => 200_000_000})
    await Promise.resolve()
    const start = Date.now()
    // Resume: 100 MB skipped in the first second, then 1 MB/s.
    read.bytes = 100_000_000
    progress.line(start + 1000)
    for (let second = 2; second <= 30; second++) {
      read.bytes += 1_000_000
      progress.line(start + second * 1000)
    }
    expect(progress.line(start + 30_000)).toMatch(/  1\.0 MB\/s  0 errors  65%  ETA 1m11s$/)
    progress.done()
  })

  it('leaves out the ETA when the total cannot be known (stdin)', async () => {
    const read = {bytes: 5_000_000}
    const progress = new Progress(sink().stream, true, {read, total: async () => undefined})
    await Promise.resolve()
    expect(progress.line(Date.now() + 5000)).toBe('0 articles  0/s  1.0 MB/s  0 errors')
    progress.done()
  })
})
