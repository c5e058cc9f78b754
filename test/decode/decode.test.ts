import iconv from 'iconv-lite'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import * as api from '../../src/decode/index.js'
import {decode} from '../../src/decode/index.js'
import {resolveOptions} from '../../src/pipeline/options.js'
import {InputError} from '../../src/util/errors.js'

const options = resolveOptions()

function decoded(value: string | Uint8Array, path?: string, overrides = {}): VFile {
  const file = new VFile({value, path})
  decode(file, {...options, ...overrides})
  return file
}

function errorOf(value: string | Uint8Array, overrides = {}): {code: string; message: string} | undefined {
  try {
    decoded(value, undefined, overrides)
  } catch (error) {
    if (error instanceof InputError) return {code: error.code, message: error.message}
    throw error
  }
  return undefined
}

describe('decode stage', () => {
  it('exposes the public api', () => {
    expect(Object.keys(api).sort()).toEqual([
      'assertProcessable',
      'decode',
      'decodeBytes',
      'extractHtml',
      'isHtml',
      'normalizeDate',
      'resolveEncoding'
    ])
  })

  it('takes a string as the text, with an identity map', () => {
    const file = decoded('\uFEFF堯都區委副書記')
    expect(file.value).toBe('堯都區委副書記')
    expect(file.data.source).toBe('堯都區委副書記')
    expect(file.data.text).toBe('堯都區委副書記')
    expect(file.data.map?.toSource([2, 4])).toEqual([2, 4])
    expect(file.messages).toEqual([])
  })

  it('decodes UTF-8 bytes silently', () => {
    const file = decoded(Buffer.from('任俊杰表示'))
    expect(file.value).toBe('任俊杰表示')
    expect(file.messages).toEqual([])
  })

  it('reports another encoding as an info message', () => {
    const file = decoded(iconv.encode('一般公共预算收入25.3亿元，在全省25个市辖区中排名第2位。', 'gbk'))
    expect(file.data.text).toBe('一般公共预算收入25.3亿元，在全省25个市辖区中排名第2位。')
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message).toMatchObject({
      reason: 'Decoded as GB18030 (as its characters are most common in it)',
      ruleId: 'encoding',
      source: 'decode',
      actual: 'GB18030',
      fatal: undefined
    })
  })

  it('honours options.encoding', () => {
    const file = decoded(iconv.encode('中文', 'big5'), undefined, {encoding: 'big5'})
    expect(file.data.text).toBe('中文')
    expect(file.messages.map(String)).toEqual(['1:1: Decoded as Big5 (as requested)'])
  })

  it('refuses empty, whitespace-only, binary and oversized inputs', () => {
    expect(errorOf('')).toEqual({code: 'empty', message: 'The input has no content (0 bytes)'})
    expect(errorOf(new Uint8Array())).toEqual({code: 'empty', message: 'The input has no content (0 bytes)'})
    expect(errorOf(' \n\t\u3000 ')).toEqual({code: 'empty', message: 'The input holds only whitespace, no text'})
    expect(errorOf(Buffer.from('\uFEFF\n'))).toEqual({code: 'empty', message: 'The input holds only whitespace, no text'})
    expect(errorOf('abc\0def')).toEqual({
      code: 'binary',
      message: 'The input is not text: it contains NUL characters'
    })
    expect(errorOf(Buffer.from('A\u0001\u0002\u0003B\u0004\u0005'))).toEqual({
      code: 'binary',
      message: 'The input is not text: it contains 5 control characters'
    })
    expect(errorOf('一二三四五', {maxBytes: 10})).toEqual({
      code: 'too-large',
      message: 'The input is 15 bytes, more than the limit of 10 bytes'
    })
    expect(errorOf(Buffer.alloc(11, 0x41), {maxBytes: 10})?.code).toBe('too-large')
  })

  it('keeps a stray control character in text', () => {
    const text = '第一段\u0007'.padEnd(200, '文')
    expect(decoded(text).data.text).toBe(text)
  })

  it('reads an HTML page: article text, title, date, map into the HTML', () => {
    const html =
      '<!doctype html><html><head><title>標題</title>' +
      '<meta name="pubdate" content="2023-02-20 08:58:54"></head>' +
      '<body><nav>首頁</nav><article><p>堯都區(qū)委&amp;區長</p></article></body></html>'
    const file = decoded(html)
    expect(file.data.source).toBe(html)
    expect(file.value).toBe(html)
    expect(file.data.text).toBe('堯都區(qū)委&區長')
    expect(file.data.title).toBe('標題')
    expect(file.data.publishedAt).toBe('2023-02-20T08:58:54')
    const at = (file.data.text ?? '').indexOf('&')
    expect(html.slice(...(file.data.map?.toSource([at, at + 1]) ?? [0, 0]))).toBe('&amp;')
  })

  it('reads HTML by extension, and keeps a title the input already stated', () => {
    const file = new VFile({value: Buffer.from('<title>頁面</title><p>正文</p>'), path: 'page.htm'})
    file.data.title = '來自JSONL的標題'
    decode(file, options)
    expect(file.data.text).toBe('正文')
    expect(file.data.title).toBe('來自JSONL的標題')
    expect(file.data.publishedAt).toBeNull()
  })

  it('refuses an HTML page without text', () => {
    expect(errorOf('<!DOCTYPE html><html><head><title>x</title><script>1</script></head><body> </body></html>')).toEqual({
      code: 'empty',
      message: 'The HTML page has no article text'
    })
  })
})
