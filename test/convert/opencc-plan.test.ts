import {describe, expect, it} from 'vitest'
import {conversionPlan, IndexedTrie} from '../../src/convert/opencc-plan.js'

describe('IndexedTrie', () => {
  it('knows which characters start a word, from dictionaries and added words alike', () => {
    const trie = new IndexedTrie()
    trie.loadDict('們 们|頭髮 头发')
    trie.addWord('𠁞', '𠀾')
    expect(['們', '頭', '髮', '们'].map((char) => trie.mayStartAt(char, 0))).toEqual([true, true, false, false])
    // Outside the BMP: either unit of a pair may start a word once any word starts there.
    expect([trie.mayStartAt('a𠁞', 1), trie.mayStartAt('a𠁞', 2)]).toEqual([true, true])
    expect(new IndexedTrie().mayStartAt('𠁞', 0)).toBe(false)
  })

  it('says no word starts where the trie matches nothing, over every BMP character', () => {
    const [trie] = conversionPlan('t').chain
    const wrong: number[] = []
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit)
      // A one-character text: a match needs a word of that character alone, so only the index can say yes without one.
      if (!trie!.mayStartAt(char, 0) && trie!.matchPrefix(char, 0) !== null) wrong.push(unit)
    }
    expect(wrong).toEqual([])
  })
})
