import {existsSync, mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {readInputs} from '../../src/input/index.js'

async function collect(paths: string[], options: Parameters<typeof readInputs>[1] = {}) {
  const items = []
  for await (const item of readInputs(paths, options)) items.push(item)
  return items
}

function fixtureDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsfacts-input-'))
  mkdirSync(path.join(dir, 'b'))
  writeFileSync(path.join(dir, 'b', 'two.txt'), '第二篇')
  writeFileSync(path.join(dir, 'a.txt'), '第一篇')
  writeFileSync(path.join(dir, 'skip.png'), 'not read')
  writeFileSync(
    path.join(dir, 'c.jsonl'),
    '{"id":"x1","text":"甲","publishedAt":"2023-02-20"}\n{broken\n\n{"content":"乙"}\n{"id":"x3"}\n[1]\n'
  )
  return dir
}

describe('readInputs', () => {
  it('walks directories in sorted order and yields one item per article or failure', async () => {
    const dir = fixtureDir()
    const items = await collect([dir])
    expect(items.map((item) => ('error' in item ? `error:${item.id}:${item.error.code}` : item.id))).toEqual([
      path.join(dir, 'a.txt'),
      path.join(dir, 'b', 'two.txt'),
      'x1',
      `error:${path.join(dir, 'c.jsonl')}:2:bad-json`,
      `${path.join(dir, 'c.jsonl')}:4`,
      `error:x3:bad-json`,
      `error:${path.join(dir, 'c.jsonl')}:6:bad-json`
    ])
    const first = items[2]
    expect(first).toEqual({id: 'x1', value: '甲', publishedAt: '2023-02-20'})
  })

  it('names a path that cannot be read and goes on', async () => {
    const dir = fixtureDir()
    const items = await collect([path.join(dir, 'missing.txt'), path.join(dir, 'a.txt')])
    expect(items[0]).toEqual({
      schemaVersion: 1,
      type: 'error',
      id: path.join(dir, 'missing.txt'),
      error: {code: 'unreadable', message: `Cannot read \`${path.join(dir, 'missing.txt')}\`: no such file or directory`}
    })
    expect(items[1]).toMatchObject({id: path.join(dir, 'a.txt')})
  })

  it('refuses a file over the byte limit without reading it', async () => {
    const dir = fixtureDir()
    const [item] = await collect([path.join(dir, 'a.txt')], {maxBytes: 4})
    expect(item).toMatchObject({type: 'error', error: {code: 'too-large'}})
  })

  it('stops reading an endless device at the byte limit, whatever size it states', async () => {
    if (!existsSync('/dev/zero')) return
    const [item] = await collect(['/dev/zero'], {maxBytes: 1_000_000})
    expect(item).toEqual({
      schemaVersion: 1,
      type: 'error',
      id: '/dev/zero',
      error: {code: 'too-large', message: '`/dev/zero` is over the limit of 1000000 bytes (see --max-bytes)'}
    })
  })

  it('stops reading an endless stdin at the byte limit', async () => {
    let sent = 0
    const endless = new Readable({
      read() {
        sent += 65_536
        this.push(Buffer.alloc(65_536, 0x61))
      }
    })
    const [item] = await collect(['-'], {stdin: endless, maxBytes: 1_000_000})
    expect(item).toMatchObject({type: 'error', id: '-', error: {code: 'too-large'}})
    expect(sent).toBeLessThan(2_000_000)
  })

  it('reads stdin as one article, or as JSON Lines when it starts with `{`', async () => {
    const plain = await collect(['-'], {stdin: Readable.from([Buffer.from('今天天气很好')])})
    expect(plain).toEqual([{id: '-', value: new Uint8Array(Buffer.from('今天天气很好'))}])
    const lines = await collect(['-'], {stdin: Readable.from([Buffer.from('{"id":"a","text":"甲"}\n{"id":"b","body":"乙"}\n')])})
    expect(lines).toEqual([
      {id: 'a', value: '甲'},
      {id: 'b', value: '乙'}
    ])
  })
})
