import {describe, expect, it} from 'vitest'
import {findUnrecoverableMojibake} from '../../src/repair/unrecoverable.js'

describe('findUnrecoverableMojibake', () => {
  it('finds 锟斤拷 and runs of U+FFFD', () => {
    expect(findUnrecoverableMojibake('标题锟斤拷锟斤拷正文\uFFFD\uFFFD结束\uFFFD')).toEqual([
      {start: 2, end: 8, text: '锟斤拷锟斤拷'},
      {start: 10, end: 12, text: '\uFFFD\uFFFD'},
      {start: 14, end: 15, text: '\uFFFD'}
    ])
  })

  it('finds nothing in clean text', () => {
    expect(findUnrecoverableMojibake('斤两、拷贝')).toEqual([])
  })
})
