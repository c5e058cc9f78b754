import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {windowed} from '../../src/batch/window.js'

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of iterable) out.push(item)
  return out
}

describe('windowed', () => {
  it('yields one result per input, in input order unless unordered, never over the window', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({delay: fc.integer({min: 0, max: 3}), weight: fc.integer({min: 0, max: 5}), sync: fc.boolean()}), {maxLength: 40}),
        fc.integer({min: 1, max: 6}),
        fc.integer({min: 1, max: 12}),
        fc.boolean(),
        async (items, size, maxWeight, unordered) => {
          let inFlight = 0
          let peak = 0
          let peakWeight = 0
          let heldWeight = 0
          const inputs = items.map((item, index) => ({...item, index}))
          const out = []
          const results = windowed(
            inputs,
            (item) => {
              inFlight++
              heldWeight += item.weight
              peak = Math.max(peak, inFlight)
              peakWeight = Math.max(peakWeight, heldWeight - item.weight)
              if (item.sync) return item.index
              return tick(item.delay).then(() => item.index)
            },
            {size, maxWeight, weight: (item) => item.weight, unordered}
          )
          for await (const index of results) {
            inFlight--
            heldWeight -= inputs[index]!.weight
            out.push(index)
          }
          expect([...out].sort((a, b) => a - b)).toEqual(inputs.map((item) => item.index))
          if (!unordered) expect(out).toEqual(inputs.map((item) => item.index))
          expect(peak).toBeLessThanOrEqual(size)
          // Admitted while under the limit: one item more at most.
          expect(peakWeight).toBeLessThan(maxWeight)
        }
      ),
      {numRuns: 60}
    )
  })

  it('admits an item heavier than the limit, then nothing more until it is done', async () => {
    const seen: number[] = []
    let inFlight = 0
    const out = await collect(
      windowed(
        [1, 100, 1],
        async (weight) => {
          seen.push(++inFlight)
          await tick(1)
          inFlight--
          return weight
        },
        {size: 4, maxWeight: 10, weight: (weight) => weight, unordered: false}
      )
    )
    expect(out).toEqual([1, 100, 1])
    expect(seen).toEqual([1, 2, 1])
  })

  it('yields what was read before the input stream failed, then throws its error', async () => {
    async function* inputs() {
      yield 1
      yield 2
      throw new Error('disk gone')
    }
    const out: number[] = []
    await expect(async () => {
      for await (const value of windowed(inputs(), async (n) => (await tick(5), n * 10), {size: 4, maxWeight: 100, weight: () => 1, unordered: false})) {
        out.push(value)
      }
    }).rejects.toThrow('disk gone')
    expect(out).toEqual([10, 20])
  })

  it('does the same when a synchronous input iterator throws', async () => {
    function* inputs() {
      yield 1
      throw new Error('bad generator')
    }
    const out: number[] = []
    await expect(async () => {
      for await (const value of windowed(inputs(), (n) => n, {size: 4, maxWeight: 100, weight: () => 1, unordered: true})) out.push(value)
    }).rejects.toThrow('bad generator')
    expect(out).toEqual([1])
  })

  it('ends the run when `start` rejects (workers that cannot start)', async () => {
    const run = windowed([1, 2, 3], async (n) => {
      if (n === 2) throw new Error('no worker')
      return n
    }, {size: 4, maxWeight: 100, weight: () => 1, unordered: false})
    await expect(collect(run)).rejects.toThrow('no worker')
  })

  it('does not hold results back while the next input is slow to come', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    async function* inputs() {
      yield 1
      await gate
      yield 2
    }
    const out: number[] = []
    for await (const value of windowed(inputs(), async (n) => n, {size: 4, maxWeight: 100, weight: () => 1, unordered: false})) {
      out.push(value)
      // The first result arrives while the reader is still waiting.
      if (value === 1) release()
    }
    expect(out).toEqual([1, 2])
  })

  it('closes the input when the consumer stops early', async () => {
    let closed = false
    async function* inputs() {
      try {
        for (let i = 0; ; i++) yield i
      } finally {
        closed = true
      }
    }
    for await (const value of windowed(inputs(), async (n) => n, {size: 4, maxWeight: 100, weight: () => 1, unordered: false})) {
      if (value === 3) break
    }
    await tick(5)
    expect(closed).toBe(true)
  })
})
