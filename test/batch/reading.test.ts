import {chmodSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {Readable} from 'node:stream'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {inputBytes, readInputs, type ReadProgress} from '../../src/input/index.js'
import {splitLines} from '../../src/input/lines.js'
import {tempDir} from '../helpers.js'

async function lines(chunks: string[], maxBytes: number) {
  const out = []
  for await (const line of splitLines(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), maxBytes)) {
    out.push([line.number, line.bytes?.toString('utf8') ?? null, line.size])
  }
  return out
}

describe('splitLines', () => {
  it('splits across chunks, on \\n and \\r\\n, with or without a final newline', async () => {
    expect(await lines(['ab\ncd', 'e\r\n\nf'], 100)).toEqual([
      [1, 'ab', 3],
      [2, 'cde', 5],
      [3, '', 1],
      [4, 'f', 1]
    ])
    expect(await lines(['ab\n'], 100)).toEqual([[1, 'ab', 3]])
  })

  it('drops the bytes of a line over the limit but counts it, and goes on', async () => {
    expect(await lines(['12345', '6789\nok\n12345678901\r\n'], 8)).toEqual([
      [1, null, 10],
      [2, 'ok', 3],
      [3, null, 13]
    ])
    // The `\r` of a `\r\n` does not count against the limit.
    expect(await lines(['12345678\r\n'], 8)).toEqual([[1, '12345678', 10]])
  })
})

describe('readInputs at scale', () => {
  it('refuses oversized, undecodable and broken lines by name, decodes a GB18030 line, and counts every byte read', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'in.jsonl')
    const ok = (id: string, text: string) => Buffer.from(JSON.stringify({id, text}) + '\n')
    writeFileSync(
      file,
      Buffer.concat([
        ok('a', '营业额增长14%。'),
        Buffer.from(JSON.stringify({id: 'big', text: '长'.repeat(400)}) + '\n'),
        Buffer.concat([Buffer.from('{"id":"soup","text":"'), Buffer.from([0xff, 0xfe, 0x80, 0x81, 0xfe, 0xff, 0xc3, 0x28, 0xa0, 0xa1]), Buffer.from('"}\n')]),
        iconv.encode(JSON.stringify({id: 'gbk', text: '一般公共预算收入25.3亿元,同比增长14%。'}) + '\n', 'gbk'),
        Buffer.from('{"id": broken\n'),
        ok('z', '乙')
      ])
    )
    const progress: ReadProgress = {bytes: 0}
    const items = []
    for await (const item of readInputs([file], {maxBytes: 1000, progress})) items.push(item)
    expect(items.map((item) => ('error' in item ? `${item.id}:${item.error.code}` : item.id))).toEqual([
      'a',
      'big:too-large',
      `${file}:3:bad-encoding`,
      'gbk',
      `${file}:5:bad-json`,
      'z'
    ])
    expect(items[3]).toMatchObject({value: '一般公共预算收入25.3亿元,同比增长14%。'})
    expect(progress.bytes).toBe(statSync(file).size)
    expect(await inputBytes([file, dir])).toBe(2 * statSync(file).size)
    expect(await inputBytes(['-'])).toBeUndefined()
  })

  it('leaves out what a .newsfactsignore names, here or in a folder above', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'gold'))
    mkdirSync(path.join(dir, 'sub', 'gold'), {recursive: true})
    writeFileSync(path.join(dir, '.newsfactsignore'), 'gold/\nREADME.md\n')
    writeFileSync(path.join(dir, 'sub', '.newsfactsignore'), 'draft-*.txt\n')
    for (const file of ['a.txt', 'README.md', 'gold/a.json', 'sub/b.txt', 'sub/gold/b.json', 'sub/draft-1.txt']) writeFileSync(path.join(dir, file), '甲')
    const items = []
    for await (const item of readInputs([dir])) items.push(item.id)
    expect(items).toEqual([path.join(dir, 'a.txt'), path.join(dir, 'sub', 'b.txt')])
    expect(await inputBytes([dir])).toBe(2 * Buffer.byteLength('甲'))
  })

  it.skipIf(process.getuid?.() === 0)('names a directory it cannot list and goes on', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'locked'))
    writeFileSync(path.join(dir, 'locked', 'x.txt'), '甲')
    writeFileSync(path.join(dir, 'z.txt'), '乙')
    chmodSync(path.join(dir, 'locked'), 0o000)
    const items = []
    for await (const item of readInputs([dir])) items.push(item)
    chmodSync(path.join(dir, 'locked'), 0o755)
    expect(items.map((item) => ('error' in item ? `${item.id}:${item.error.code}` : item.id))).toEqual([
      `${path.join(dir, 'locked')}:unreadable`,
      path.join(dir, 'z.txt')
    ])
  })
})
