import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {readInputs, type SkippedFiles} from '../../src/input/index.js'
import {memoryIo, tempDir} from '../helpers.js'

async function walked(dir: string) {
  const skipped: SkippedFiles = {count: 0, examples: []}
  const ids: string[] = []
  for await (const item of readInputs([dir], {skipped})) ids.push(path.relative(dir, item.id))
  return {ids, skipped: {count: skipped.count, examples: skipped.examples.map((file) => path.relative(dir, file))}}
}

describe('walking a directory', () => {
  it('reads article extensions and extensionless text; skips other extensions, project documents and extensionless binaries, and counts them', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'sub'))
    writeFileSync(path.join(dir, 'a.txt'), '营业额增长14%。')
    writeFileSync(path.join(dir, 'b-noext'), '营业额增长15%。')
    writeFileSync(path.join(dir, 'c-binary'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))
    writeFileSync(path.join(dir, 'd.doc'), 'x')
    writeFileSync(path.join(dir, 'README.md'), '# notes')
    writeFileSync(path.join(dir, 'sub', 'LICENSE'), 'MIT')
    writeFileSync(path.join(dir, 'sub', 'e.md'), '营业额增长16%。')
    expect(await walked(dir)).toEqual({
      ids: ['a.txt', 'b-noext', path.join('sub', 'e.md')],
      skipped: {count: 4, examples: ['README.md', 'c-binary', 'd.doc']}
    })
  })

  it('says which files it skipped, once, after the run', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'a.txt'), '营业额增长14%。')
    writeFileSync(path.join(dir, 'b.doc'), 'x')
    const io = memoryIo()
    expect(await execute(['extract', '--jobs', '0', dir], io)).toBe(0)
    expect(io.err()).toBe(
      `newsfacts: skipped 1 file in directories that are not articles by name or extension (\`${path.join(dir, 'b.doc')}\`); give a file as a path to read it anyway\n` +
        'newsfacts: 1 input: 1 article, 0 failed, 1 fact, 0 warnings\n'
    )
  })

  it('fails with exit code 2 when there is nothing to read, saying what was skipped', async () => {
    const dir = tempDir()
    for (const name of ['a.doc', 'b.doc', 'c.pdf', 'README.md']) writeFileSync(path.join(dir, name), 'x')
    const io = memoryIo()
    expect(await execute(['extract', '--jobs', '0', '-q', dir], io)).toBe(2)
    expect(io.out()).toBe('')
    expect(io.err()).toBe(
      `newsfacts: no inputs in \`${dir}\`: skipped 4 files in directories that are not articles by name or extension (e.g. \`${path.join(dir, 'README.md')}\`, \`${path.join(dir, 'a.doc')}\`, \`${path.join(dir, 'b.doc')}\`); give a file as a path to read it anyway\n`
    )
    const empty = memoryIo()
    expect(await execute(['check', '--jobs', '0', tempDir()], empty)).toBe(2)
    expect(empty.err()).toMatch(/^newsfacts: no inputs in `[^`]+`\n$/)
  })

  it('does not read back its own output file from the directory it walks', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'a.txt'), '营业额增长14%。')
    const output = path.join(dir, 'out.jsonl')
    for (let run = 0; run < 2; run++) {
      const io = memoryIo()
      expect(await execute(['extract', '--jobs', '0', dir, '-o', output], io)).toBe(0)
      expect(io.err()).toBe('newsfacts: 1 input: 1 article, 0 failed, 1 fact, 0 warnings\n')
    }
  })

  it('reads a skipped kind of file when it is named as a path', async () => {
    const dir = tempDir()
    const readme = path.join(dir, 'README.md')
    writeFileSync(readme, '营业额增长14%。')
    const io = memoryIo()
    expect(await execute(['extract', '--jobs', '0', '-q', readme], io)).toBe(0)
    expect(JSON.parse(io.out())).toMatchObject({id: readme, type: 'article'})
  })
})
