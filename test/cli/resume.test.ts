import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {execute} from '../../src/cli/execute.js'
import {readResume, type Resume} from '../../src/cli/resume.js'
import {memoryIo, tempDir} from '../helpers.js'

const record = (id: string) => JSON.stringify({schemaVersion: 1, type: 'article', id, text: '甲\n乙'}) + '\n'
const fact = (article: string, id: string) => JSON.stringify({schemaVersion: 1, type: 'fact', article, lang: 'zh-Hans', publishedAt: null, id}) + '\n'
const error = (id: string, code: string) => JSON.stringify({schemaVersion: 1, type: 'error', id, error: {code, message: `\`${id}\` failed`}}) + '\n'

/** Which of these inputs, asked in this order, the resume finds done. */
const done = (resume: Resume, ids: string[]) => ids.map((id) => resume.done(id))

describe('readResume', () => {
  it('takes every complete record line and cuts a half-written one off', async () => {
    const file = path.join(tempDir(), 'out.jsonl')
    const whole = record('a') + record('b')
    writeFileSync(file, whole + record('c').slice(0, 25))
    expect(done(await readResume(file), ['a', 'b', 'c'])).toEqual([true, true, false])
    expect(readFileSync(file, 'utf8')).toBe(whole)
  })

  it('matches an id that repeats by occurrence, and counts it as repeated', async () => {
    const file = path.join(tempDir(), 'out.jsonl')
    writeFileSync(file, record('a') + record('b') + record('a'))
    const resume = await readResume(file)
    expect(done(resume, ['a', 'b', 'a', 'a', 'c'])).toEqual([true, true, true, false, false])
    expect(resume.repeated).toEqual({count: 1, examples: ['a']})
    expect(resume.passed).toBe(3)
  })

  it('tries again the articles that timed out or crashed, and takes their error records out of the file', async () => {
    const file = path.join(tempDir(), 'out.jsonl')
    writeFileSync(file, record('a') + error('b', 'timeout') + error('c', 'empty') + error('d', 'internal') + record('e'))
    expect(done(await readResume(file), ['a', 'b', 'c', 'd', 'e'])).toEqual([true, false, true, false, true])
    expect(readFileSync(file, 'utf8')).toBe(record('a') + error('c', 'empty') + record('e'))
    // The second of three inputs of one id timed out: only it is done again.
    writeFileSync(file, record('a') + error('a', 'timeout') + record('a'))
    expect(done(await readResume(file), ['a', 'a', 'a'])).toEqual([true, false, true])
    expect(readFileSync(file, 'utf8')).toBe(record('a') + record('a'))
  })

  it('in facts mode, redoes the article at the end of the file, which may be cut short between lines', async () => {
    const file = path.join(tempDir(), 'facts.jsonl')
    const kept = fact('a', 'f1') + fact('a', 'f2') + error('e', 'empty')
    writeFileSync(file, kept + fact('b', 'f1') + fact('b', 'f2'))
    expect(done(await readResume(file, {mode: 'facts'}), ['a', 'e', 'b'])).toEqual([true, true, false])
    expect(readFileSync(file, 'utf8')).toBe(kept)
    // A file holding only a cut line is emptied.
    writeFileSync(file, fact('a', 'f1').slice(0, 10))
    expect(done(await readResume(file, {mode: 'facts'}), ['a'])).toEqual([false])
    expect(readFileSync(file, 'utf8')).toBe('')
  })
})

describe('extract --resume', () => {
  it('writes a record for every input whose id repeats, and warns about the repeat', async () => {
    const dir = tempDir()
    const input = path.join(dir, 'in.jsonl')
    writeFileSync(input, ['甲增长1%。', '乙增长2%。', '丙增长3%。'].map((text) => JSON.stringify({id: 'same', text})).join('\n') + '\n')
    const full = path.join(dir, 'full.jsonl')
    expect(await execute(['extract', '--jobs', '0', input, '-o', full, '-q'], memoryIo())).toBe(0)
    const complete = readFileSync(full, 'utf8').split('\n')
    expect(complete.filter(Boolean)).toHaveLength(3)
    // As if killed after the first record.
    const partial = path.join(dir, 'partial.jsonl')
    writeFileSync(partial, complete[0] + '\n')
    const io = memoryIo()
    expect(await execute(['extract', '--jobs', '0', input, '-o', partial, '--resume'], io)).toBe(0)
    expect(readFileSync(partial, 'utf8')).toBe(readFileSync(full, 'utf8'))
    expect(io.err()).toBe(
      'newsfacts: warning: 1 id is given to more than one input (`same`); --resume matched their records to the inputs in order of occurrence, so give each input an id of its own\n' +
        // Each repeat also carries a `repeated-id` warning on its record.
        'newsfacts: 2 inputs: 2 articles, 0 failed, 2 facts, 2 warnings, 1 already done\n'
    )
  })

  it('does again an article whose record is a timeout', async () => {
    const dir = tempDir()
    const input = path.join(dir, 'in.jsonl')
    writeFileSync(input, ['甲增长1%。', '乙增长2%。'].map((text, i) => JSON.stringify({id: `n${i}`, text})).join('\n') + '\n')
    const out = path.join(dir, 'out.jsonl')
    expect(await execute(['extract', '--jobs', '0', input, '-o', out, '-q'], memoryIo())).toBe(0)
    const [first, second] = readFileSync(out, 'utf8').split('\n')
    writeFileSync(out, first + '\n' + error('n1', 'timeout'))
    const io = memoryIo()
    expect(await execute(['extract', '--jobs', '0', input, '-o', out, '--resume'], io)).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(first + '\n' + second + '\n')
    expect(io.err()).toBe('newsfacts: 1 input: 1 article, 0 failed, 1 fact, 0 warnings, 1 already done\n')
  })
})
