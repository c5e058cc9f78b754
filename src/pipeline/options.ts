/**
 * Options are resolved and validated once, when a pipeline is built,
 * never halfway through a run.
 */
export type SegmenterName = 'node-rs' | 'nodejieba'
/** OpenCC source variant: generic Traditional, Taiwan or Hong Kong usage. */
export type ConvertFrom = 't' | 'tw' | 'hk'

export interface Options {
  /** Segmenter backend (default `node-rs`, i.e. `@node-rs/jieba`). */
  segmenter?: SegmenterName
  /** Traditional variant to convert from (default `t`). */
  from?: ConvertFrom
  /** Force an input encoding (`utf-8`, `gb18030`, `big5`, `utf-16le`, …) instead of detecting it. */
  encoding?: string
  /** Refuse inputs larger than this many bytes (default 10 MiB). */
  maxBytes?: number
}

export interface ResolvedOptions {
  segmenter: SegmenterName
  from: ConvertFrom
  encoding: string | null
  maxBytes: number
}

const segmenters: readonly SegmenterName[] = ['node-rs', 'nodejieba']
const variants: readonly ConvertFrom[] = ['t', 'tw', 'hk']

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

export function resolveOptions(options: Options = {}): ResolvedOptions {
  const segmenter = options.segmenter ?? 'node-rs'
  if (!segmenters.includes(segmenter)) {
    throw new TypeError(`Unknown segmenter \`${segmenter}\`; expected one of ${segmenters.join(', ')}`)
  }
  const from = options.from ?? 't'
  if (!variants.includes(from)) {
    throw new TypeError(`Unknown conversion source \`${from}\`; expected one of ${variants.join(', ')}`)
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    throw new TypeError(`\`maxBytes\` must be a positive number, not \`${maxBytes}\``)
  }
  return {segmenter, from, encoding: options.encoding ?? null, maxBytes}
}
