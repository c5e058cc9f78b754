import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {repairShiftedGbk} from '../../src/repair/shifted-gbk.js'

/** GBK text whose `。` lead byte was read as `?`: everything after it is shifted by one byte. */
function shifted(text: string): string {
  const bytes = iconv.encode(text, 'gbk')
  const at = bytes.indexOf(0xa1)
  return iconv.decode(Buffer.concat([bytes.subarray(0, at), Buffer.from('?'), bytes.subarray(at + 1)]), 'gbk')
}

describe('repairShiftedGbk', () => {
  it('reports a shifted run it cannot realign (its private-use characters were dropped)', () => {
    const result = repairShiftedGbk('應(yīng)用?;诖耍覈r(nóng)業(yè)')
    expect(result.text).toBe('應(yīng)用?;诖耍覈r(nóng)業(yè)')
    expect(result.rewrites).toEqual([])
    expect(result.unrecovered).toEqual([{start: 8, end: 13, text: '?;诖耍覈'}])
  })

  it('realigns a shifted run, and never invents the character whose byte was lost', () => {
    const garbled = shifted('應用。基於此，我國農(nóng)業')
    expect(garbled.startsWith('應用?；')).toBe(true)
    const result = repairShiftedGbk(garbled)
    // `。` is lost; `農` gets back the `r` the decoder had split off.
    expect(result.text).toBe('應用?基於此，我國農(nóng)業')
    expect(result.rewrites).toHaveLength(1)
    expect(result.rewrites[0]).toMatchObject({start: 3, to: '基於此，我國農'})
    expect(result.unrecovered).toEqual([])
  })

  it('leaves clean text with question marks alone', () => {
    for (const text of ['你好吗?我很好。', 'What?這個國家經濟發展', '真的?诸葛亮说。']) {
      expect(repairShiftedGbk(text)).toMatchObject({text, rewrites: [], unrecovered: []})
    }
  })
})
