import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {namedEntities} from '../../src/repair/entity-table.js'
import {decodeHtmlEntities} from '../../src/repair/html-entities.js'

describe('decodeHtmlEntities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(decodeHtmlEntities('A&amp;B &lt;p&gt; &ldquo;好&rdquo;&nbsp;&#20013;&#x6587;&#128512;').text).toBe(
      'A&B <p> “好”\u00A0中文😀'
    )
  })

  it('decodes until stable', () => {
    const result = decodeHtmlEntities('R&amp;amp;D &amp;amp;lt; &#38;amp;')
    expect(result.text).toBe('R&D < &')
    expect(result.rewrites.map((change) => [change.from, change.to])).toEqual([
      ['&amp;amp;', '&'],
      ['&amp;amp;lt;', '<'],
      ['&#38;amp;', '&']
    ])
    expect(result.map.toSource([6, 7])).toEqual([25, 34])
  })

  it('reads C1 references as windows-1252, as browsers do', () => {
    expect(decodeHtmlEntities('&#147;x&#148; &#150;').text).toBe('“x” –')
  })

  it('leaves unknown names, invalid code points and bare ampersands alone', () => {
    const text = 'AT&T, R&D, &bogus; &#0; &#xD800; &#1114112; &amp'
    expect(decodeHtmlEntities(text)).toMatchObject({text, rewrites: []})
  })

  it('maps decoded characters to their references', () => {
    const {text, map} = decodeHtmlEntities('a&lt;b')
    expect(text).toBe('a<b')
    expect(map.toSource([1, 2])).toEqual([1, 5])
    expect(map.toSource([2, 3])).toEqual([5, 6])
  })

  it('has a table that agrees with the HTML parser', () => {
    const parser = unified().use(rehypeParse, {fragment: true})
    for (const [name, value] of namedEntities) {
      const tree = parser.parse(`&${name};`)
      const node = tree.children[0]
      expect(node?.type === 'text' ? node.value : undefined, name).toBe(value)
    }
    expect(namedEntities.size).toBe(253)
  })
})
