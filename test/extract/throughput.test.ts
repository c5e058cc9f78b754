/**
 * Extraction must stay fast: the target is 100x Recognizers-Text's 11 KB/s
 * on 2 KB chunks, i.e. at least 1 MB/s without segmentation. Measured about
 * 6-9 MB/s when written; the floor leaves room for slow machines.
 */
import {describe, expect, it} from 'vitest'
import {extract} from '../../src/extract/index.js'
import {resolveOptions} from '../../src/pipeline/options.js'
import {prepared, seedFile} from './helpers.js'

describe('throughput', () => {
  it('extracts at least 1 MB/s from 2 KB chunks of news', () => {
    const text = seedFile().data.text!
    const chunks: string[] = []
    for (let start = 0; start < text.length; start += 700) chunks.push(text.slice(start, start + 700))
    // Segment first: only extraction is timed.
    const files = Array.from({length: 60}, () => chunks.map((chunk) => prepared(chunk))).flat()
    const options = resolveOptions()
    // Warm up the JIT as a long run would.
    for (let round = 0; round < 3; round++) for (const file of files) extract(file, options)
    const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.data.text!), 0)
    const started = performance.now()
    for (const file of files) extract(file, options)
    const seconds = (performance.now() - started) / 1000
    const megabytesPerSecond = bytes / 1024 / 1024 / seconds
    console.log(`extract: ${(bytes / 1024).toFixed(0)} KB in ${(seconds * 1000).toFixed(0)} ms, ${megabytesPerSecond.toFixed(1)} MB/s`)
    expect(megabytesPerSecond).toBeGreaterThan(1)
  })
})
