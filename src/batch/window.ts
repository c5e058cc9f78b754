export interface WindowOptions<I> {
  /** Most items admitted at once: being processed, or done and waiting for their turn to be yielded. */
  size: number
  /**
   * Most weight (bytes) admitted at once. One item is always admitted however
   * heavy, so that a large article is processed alone rather than never.
   */
  maxWeight: number
  weight: (item: I) => number
  /** Yield results as they finish rather than in input order. */
  unordered: boolean
}

interface Slot<O> {
  weight: number
  done: boolean
  value?: O
}

type Next<I> = {kind: 'next'; result: IteratorResult<I>} | {kind: 'throw'; error: unknown}

/**
 * Map `start` over a stream with a bounded window, yielding exactly one
 * result per input. Reading stops while the window is full, so a slow
 * consumer slows the reading and memory stays flat however long the stream;
 * in input order a slow item holds the others back, which the window bounds.
 *
 * `start` should not reject: a rejection is taken as fatal (the workers could
 * not start at all) and ends the run with that error. If reading the inputs
 * throws, everything read before is still yielded, then the error is thrown.
 */
export async function* windowed<I, O>(
  inputs: AsyncIterable<I> | Iterable<I>,
  start: (item: I) => O | Promise<O>,
  options: WindowOptions<I>
): AsyncGenerator<O> {
  const iterator: AsyncIterator<I> | Iterator<I> =
    Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]()
  const slots = new Map<number, Slot<O>>()
  // Unordered: finished sequence numbers, oldest first.
  const ready: number[] = []
  let weight = 0
  let nextSeq = 0
  let nextOut = 0
  let exhausted = false
  let readError: {error: unknown} | undefined
  let fatal: {error: unknown} | undefined
  let pending: Promise<Next<I>> | undefined
  let wake: (() => void) | undefined

  const settle = (seq: number, value: O) => {
    const slot = slots.get(seq)
    if (!slot) return
    slot.done = true
    slot.value = value
    if (options.unordered) ready.push(seq)
    wake?.()
  }

  const admit = (item: I) => {
    const seq = nextSeq++
    const slot: Slot<O> = {weight: options.weight(item), done: false}
    slots.set(seq, slot)
    weight += slot.weight
    let started: O | Promise<O>
    try {
      started = start(item)
    } catch (error) {
      fatal ??= {error}
      return
    }
    if (started instanceof Promise) {
      started.then(
        (value) => settle(seq, value),
        (error: unknown) => {
          fatal ??= {error}
          wake?.()
        }
      )
    } else {
      settle(seq, started)
    }
  }

  const throwIfFatal = () => {
    if (fatal) throw fatal.error
  }

  const take = (seq: number): O => {
    const slot = slots.get(seq)!
    slots.delete(seq)
    weight -= slot.weight
    return slot.value as O
  }

  try {
    while (true) {
      throwIfFatal()
      if (options.unordered) {
        while (ready.length > 0) yield take(ready.shift()!)
      } else {
        while (slots.get(nextOut)?.done) yield take(nextOut++)
      }
      // A fatal error may have come while the consumer held a result.
      throwIfFatal()
      if (exhausted && slots.size === 0) {
        if (readError) throw readError.error
        return
      }

      const room = slots.size === 0 || (slots.size < options.size && weight < options.maxWeight)
      if (!exhausted && room && !pending) {
        // Reading may be slow (a pipe): wait for it and for results at once, so results are never held back by it.
        // (A synchronous iterator may throw right away: the promise catches that too.)
        pending = new Promise<IteratorResult<I>>((resolve) => resolve(iterator.next())).then(
          (result): Next<I> => ({kind: 'next', result}),
          (error: unknown): Next<I> => ({kind: 'throw', error})
        )
      }
      const woken = new Promise<undefined>((resolve) => {
        wake = () => resolve(undefined)
      })
      const event = await (pending ? Promise.race([pending, woken]) : woken)
      wake = undefined
      if (event === undefined) continue
      pending = undefined
      if (event.kind === 'throw') {
        exhausted = true
        readError = {error: event.error}
      } else if (event.result.done) {
        exhausted = true
      } else {
        admit(event.result.value)
      }
    }
  } finally {
    // Stopped early (the consumer broke off, or a fatal error): let the reader close its files.
    if (!exhausted) void Promise.resolve(iterator.return?.()).catch(() => {})
  }
}
