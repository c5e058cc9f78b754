import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Readable} from 'node:stream'
import {gzipSync} from 'node:zlib'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {readInputs, type ReadOptions} from '../../src/input/index.js'
import {arrayItems, rawValueOf} from '../../src/input/json-text.js'

async function collect(paths: string[], options: ReadOptions = {}) {
  const items = []
  for await (const item of readInputs(paths, options)) items.push(item)
  return items
}

function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'newsfacts-formats-')), name)
  writeFileSync(file, content)
  return file
}

/** Each item as `id=value` or `error:id:code`. */
const summary = (items: Awaited<ReturnType<typeof collect>>) =>
  items.map((item) => ('error' in item ? `error:${item.id}:${item.error.code}` : `${item.id}=${typeof item.value === 'string' ? item.value : Buffer.from(item.value).toString('utf8')}`))

const bom = Buffer.of(0xef, 0xbb, 0xbf)
const lines = '{"id":"a","text":"甲"}\n{"id":"b","text":"乙"}\n'

describe('JSON Lines in other encodings', () => {
  it('reads the first line after a UTF-8 BOM', async () => {
    expect(summary(await collect([tempFile('a.jsonl', Buffer.concat([bom, Buffer.from(lines)]))]))).toEqual(['a=甲', 'b=乙'])
  })

  it('reads UTF-16 JSON Lines, with a BOM in either byte order or by their NUL bytes', async () => {
    const le = Buffer.concat([Buffer.of(0xff, 0xfe), iconv.encode(lines, 'utf16le')])
    const be = Buffer.concat([Buffer.of(0xfe, 0xff), iconv.encode(lines, 'utf16be')])
    expect(summary(await collect([tempFile('le.jsonl', le)]))).toEqual(['a=甲', 'b=乙'])
    expect(summary(await collect([tempFile('be.jsonl', be)]))).toEqual(['a=甲', 'b=乙'])
    expect(summary(await collect([tempFile('nul.jsonl', iconv.encode(lines, 'utf16le'))]))).toEqual(['a=甲', 'b=乙'])
  })

  it('reads JSON Lines in the encoding `encoding` forces, and refuses an unknown one by name', async () => {
    const big5 = iconv.encode('{"id":"a","text":"虧損"}\n', 'big5')
    expect(summary(await collect([tempFile('a.jsonl', big5)], {encoding: 'big5'}))).toEqual(['a=虧損'])
    const utf16 = iconv.encode(lines, 'utf16le')
    expect(summary(await collect([tempFile('a.jsonl', utf16)], {encoding: 'utf-16le'}))).toEqual(['a=甲', 'b=乙'])
    const [unknown] = await collect([tempFile('a.jsonl', lines)], {encoding: 'klingon'})
    expect(unknown).toMatchObject({type: 'error', error: {code: 'bad-encoding'}})
  })

  it('ends lines at a lone CR too, and at CR LF once', async () => {
    const text = '{"id":"a","text":"甲"}\r{"id":"b","text":"乙"}\r\n{"id":"c","text":"丙"}'
    expect(summary(await collect([tempFile('a.jsonl', text)]))).toEqual(['a=甲', 'b=乙', 'c=丙'])
    // A CR LF split between two chunks is one line end.
    const chunks = ['{"id":"a","text":"甲"}\r', '\n{"id":"b","text":"乙"}\n'].map((chunk) => Buffer.from(chunk))
    expect(summary(await collect(['-'], {stdin: Readable.from(chunks)}))).toEqual(['a=甲', 'b=乙'])
  })
})

describe('ids', () => {
  it('keep the exact text of numeric ids', async () => {
    const text = '{"id":12345678901234567890,"text":"甲"}\n{"id":12345678901234567891,"text":"乙"}\n{"text":"丙","id":1e400}\n{"id":1.50,"text":"丁"}\n'
    const items = await collect([tempFile('a.jsonl', text)])
    expect(items.map((item) => item.id)).toEqual(['12345678901234567890', '12345678901234567891', '1e400', '1.50'])
    expect(items.every((item) => !('error' in item) && item.warnings === undefined)).toBe(true)
  })

  it('warn on the record when an id comes again, naming where it came first', async () => {
    const items = await collect([tempFile('a.jsonl', '{"id":"x","text":"甲"}\n{"id":"y","text":"乙"}\n{"id":"x","text":"丙"}\n')])
    expect(items.map((item) => ('warnings' in item ? item.warnings : undefined))).toEqual([
      undefined,
      undefined,
      [{ruleId: 'repeated-id', reason: expect.stringMatching(/^The id `x` was already used by line 1 of `.*a\.jsonl`; records with the same id cannot be told apart$/)}]
    ])
  })

  it('are read from the raw text, the last of a repeated key as JSON.parse keeps', () => {
    expect(rawValueOf('{"a":{"id":1},"id":  007 ,"b":[{"id":2}]}', 'id')).toBe('007')
    expect(rawValueOf('{"id":1,"\\u0069d":2}', 'id')).toBe('2')
    expect(rawValueOf('{"x":"\\"id\\":3","id":"s"}', 'id')).toBe('"s"')
    expect(rawValueOf('{"x":1}', 'id')).toBeUndefined()
  })
})

describe('.json documents', () => {
  it('fail only the bad item of an array: invalid, empty, or nested too deep to write back', async () => {
    const deep = `{"id":"deep","text":"乙","extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    const file = tempFile('a.json', `[{"id":"a","text":"甲"}, {"id": "b", text}, ${deep}, , {"id":"c","text":"丙"}]`)
    expect(summary(await collect([file]))).toEqual(['a=甲', `error:${file}#1:bad-json`, 'deep=乙', `error:${file}#3:bad-json`, 'c=丙'])
  })

  it('say when the array never ends, after the items it has (the unfinished one is the error)', async () => {
    const file = tempFile('a.json', '[{"id":"a","text":"甲"}, {"id":"b","text":"乙"')
    const items = await collect([file])
    expect(summary(items)).toEqual(['a=甲', `error:${file}#1:bad-json`])
    expect(items[1]).toMatchObject({error: {message: `\`${file}\` is not valid JSON: its array never ends (after item 0)`}})
  })

  it('follow a BOM and a forced encoding', async () => {
    const withBom = tempFile('a.json', Buffer.concat([bom, Buffer.from('{"id":"a","text":"甲"}')]))
    expect(summary(await collect([withBom]))).toEqual(['a=甲'])
    const utf16 = tempFile('b.json', Buffer.concat([Buffer.of(0xff, 0xfe), iconv.encode('[{"id":"b","text":"乙"}]', 'utf16le')]))
    expect(summary(await collect([utf16]))).toEqual(['b=乙'])
    const gb = tempFile('c.json', iconv.encode('{"id":"c","text":"亏损3000万元"}', 'gb18030'))
    expect(summary(await collect([gb], {encoding: 'gb18030'}))).toEqual(['c=亏损3000万元'])
  })

  it('splits an array into raw items whatever they hold', () => {
    expect(arrayItems(' [1, "a,]", {"b":[2,3]} ] ')).toEqual({items: ['1', ' "a,]"', ' {"b":[2,3]} '], complete: true, rest: ' '})
    expect(arrayItems('[]')).toEqual({items: [], complete: true, rest: ''})
    expect(arrayItems('{"a":1}')).toBeUndefined()
  })
})

describe('gzip inputs', () => {
  it('are read transparently by extension: .jsonl.gz, .txt.gz, .json.gz', async () => {
    expect(summary(await collect([tempFile('a.jsonl.gz', gzipSync(lines))]))).toEqual(['a=甲', 'b=乙'])
    const text = tempFile('a.txt.gz', gzipSync('今天天气很好'))
    const [article] = await collect([text])
    expect(article).toEqual({id: text, path: text.slice(0, -3), value: new Uint8Array(Buffer.from('今天天气很好'))})
    expect(summary(await collect([tempFile('a.json.gz', gzipSync('[{"id":"j","text":"甲"}]'))]))).toEqual(['j=甲'])
  })

  it('are read on stdin by their magic bytes', async () => {
    expect(summary(await collect(['-'], {stdin: Readable.from([gzipSync(lines)])}))).toEqual(['a=甲', 'b=乙'])
    expect(summary(await collect(['-'], {stdin: Readable.from([gzipSync('今天')])}))).toEqual(['-=今天'])
  })

  it('stop at the byte limit counted once decompressed, and name a damaged archive', async () => {
    const bomb = tempFile('a.txt.gz', gzipSync(Buffer.alloc(5_000_000, 0x61)))
    expect(await collect([bomb], {maxBytes: 1_000_000})).toMatchObject([{type: 'error', error: {code: 'too-large'}}])
    const damaged = tempFile('b.txt.gz', gzipSync('今天天气很好').subarray(0, 12))
    expect(await collect([damaged])).toMatchObject([{type: 'error', error: {code: 'unreadable'}}])
  })

  it('are walked into by their inner extension', async () => {
    const file = tempFile('a.jsonl.gz', gzipSync(lines))
    writeFileSync(path.join(path.dirname(file), 'notes.gz'), gzipSync('x'))
    const skipped = {count: 0, examples: []}
    expect(summary(await collect([path.dirname(file)], {skipped}))).toEqual(['a=甲', 'b=乙'])
    expect(skipped.count).toBe(1)
  })
})

describe('stdin format', () => {
  it('is what `inputFormat` says, else JSON Lines when it starts with `{`', async () => {
    const json = () => Readable.from([Buffer.from('{"id":"a","text":"甲"}\n')])
    expect(summary(await collect(['-'], {stdin: json()}))).toEqual(['a=甲'])
    expect(summary(await collect(['-'], {stdin: json(), inputFormat: 'text'}))).toEqual(['-={"id":"a","text":"甲"}\n'])
    const text = () => Readable.from([Buffer.from('  今天')])
    expect(summary(await collect(['-'], {stdin: text(), inputFormat: 'jsonl'}))).toEqual(['error:-:1:bad-json'])
    // A BOM before the `{` is no text.
    expect(summary(await collect(['-'], {stdin: Readable.from([Buffer.concat([bom, Buffer.from(lines)])])}))).toEqual(['a=甲', 'b=乙'])
  })
})
