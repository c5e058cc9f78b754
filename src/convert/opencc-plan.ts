import {Trie, type DictGroup, type DictLike} from 'opencc-js/core'
import {configs} from 'opencc-js/preset/t2cn'
import type {ConvertFrom} from '../pipeline/options.js'
import {sourceOverrides} from './fixes.js'

/**
 * The tries opencc-js would run for one source variant, built from the same
 * preset configuration so the output is the same, but exposed so that every
 * replacement can be tracked.
 */
export interface ConversionPlan {
  /** Run first, on the whole text: CJK compatibility ideographs to their unified forms. */
  normalize: IndexedTrie[]
  /** Cuts the text into phrases no later match may cross (`tw`, `hk`); `null` for `t`. */
  segmentation: Trie | null
  /** Run in order on each segment. */
  chain: IndexedTrie[]
}

/**
 * A trie that knows which characters start one of its words: in Chinese
 * text fewer than one character in ten does, and a scan steps over the
 * others without a lookup in the trie's root map.
 */
export class IndexedTrie extends Trie {
  /** Per BMP character: 1 if a word starts with it. */
  readonly starts = new Uint8Array(0x10000)
  /** Some word starts outside the BMP. */
  astralStarts = false

  // Every word goes through here, from the dictionaries (`loadDict`) and the overrides alike.
  override addWord(source: string, replacement: string): void {
    super.addWord(source, replacement)
    const first = source.codePointAt(0)
    if (first === undefined) return
    if (first > 0xffff) this.astralStarts = true
    else this.starts[first] = 1
  }

  /** Whether a word may start at `index` of `text`. */
  mayStartAt(text: string, index: number): boolean {
    const unit = text.charCodeAt(index)
    return this.starts[unit] === 1 || (this.astralStarts && unit >= 0xd800 && unit <= 0xdfff)
  }
}

/** opencc-js configuration name per source variant; the target is always mainland Simplified. */
const configNames: Record<ConvertFrom, string> = {t: 't2s', tw: 'tw2s', hk: 'hk2s'}

// What the preset really holds; its published type omits `normalizationChain` and types
// `segmentation` as one dictionary though it is a group.
interface PresetConfig {
  normalizationChain?: readonly DictGroup[]
  segmentation?: DictLike | DictGroup
  conversionChain: readonly DictGroup[]
}

// Building the tries takes tens of milliseconds: once per variant per process, on first use.
const plans = new Map<ConvertFrom, ConversionPlan>()

export function conversionPlan(from: ConvertFrom): ConversionPlan {
  let plan = plans.get(from)
  if (!plan) {
    plan = buildPlan(configs[configNames[from]] as PresetConfig | undefined)
    plans.set(from, plan)
  }
  return plan
}

function buildPlan(config: PresetConfig | undefined): ConversionPlan {
  if (!config) throw new Error('opencc-js preset lacks a Traditional-to-Simplified configuration')
  const chain = config.conversionChain.map(trieOf)
  const first = chain[0]
  // Overrides go in the first layer so that they win over every dictionary in it.
  if (first) for (const {from, to} of sourceOverrides) first.addWord(from, to)
  return {
    normalize: (config.normalizationChain ?? []).map(trieOf),
    segmentation: config.segmentation ? segmentationTrie(config.segmentation) : null,
    chain
  }
}

function trieOf(group: DictGroup): IndexedTrie {
  const trie = new IndexedTrie()
  trie.loadDictGroup(group)
  return trie
}

// As opencc-js's own `ConverterFactoryWithSegmentation` does.
function segmentationTrie(segmentation: DictLike | DictGroup): Trie {
  const trie = new Trie()
  if (Array.isArray(segmentation) && segmentation.every((dict) => typeof dict === 'string')) {
    trie.loadDictGroup(segmentation as DictGroup)
  } else {
    trie.loadDict(segmentation as DictLike)
  }
  return trie
}
