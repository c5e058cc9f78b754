import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Span} from '../types.js'
import type {OffsetMap} from './offset-map.js'

/**
 * Replace the file's normalized text with `text`, where `map` maps `text`
 * onto the previous normalized text. Keeps `file.data.map` pointing at the
 * original input.
 */
export function setText(file: VFile, text: string, map: OffsetMap): void {
  const previous = file.data.map
  file.data.text = text
  file.data.map = previous ? map.compose(previous) : map
}

/** Span of the original input that a span of the normalized text came from. */
export function toSource(file: VFile, span: Span): Span {
  const map = file.data.map
  return map ? map.toSource(span) : span
}

export interface MessageOptions {
  ruleId: string
  /** Stage that reports it: `decode`, `repair`, `convert`, `detect`, `extract`, `check`. */
  source: string
  /** Where, in the original input (`file.data.source`). */
  sourceSpan?: Span
  /** Every place the message stands for, in the original input (a repair's changes); `sourceSpan` should be the first. */
  sourceSpans?: Span[]
  actual?: string
  expected?: string[]
  /** `true` error, `false` warning (default), `null` info. */
  fatal?: boolean | null
}

const locators = new WeakMap<VFile, ReturnType<typeof location>>()

/** Add a vfile message placed in the original input text. */
export function report(file: VFile, reason: string, options: MessageOptions) {
  let place
  if (options.sourceSpan) {
    let locator = locators.get(file)
    if (!locator) {
      locator = location(file.data.source ?? String(file.value))
      locators.set(file, locator)
    }
    const start = locator.toPoint(options.sourceSpan[0])
    const end = locator.toPoint(options.sourceSpan[1])
    if (start && end) place = {start, end}
  }
  const placed = {place, ruleId: options.ruleId, source: options.source}
  const message = withoutStackTrace(() => file.message(reason, placed))
  if (options.actual !== undefined) message.actual = options.actual
  if (options.expected !== undefined) message.expected = options.expected
  if (options.sourceSpans !== undefined) message.sourceSpans = options.sourceSpans
  // vfile marks info messages with a missing `fatal`.
  message.fatal = options.fatal === null ? undefined : (options.fatal ?? false)
  return message
}

/**
 * A vfile message is an `Error`, whose constructor captures a stack trace
 * that vfile-message then replaces with `''`: capturing it cost more than
 * the rest of the message.
 */
function withoutStackTrace<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}
