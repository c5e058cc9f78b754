import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {lazyModule} from '../../src/util/lazy.js'

describe('lazyModule', () => {
  it('loads the module on the first call and returns the same one after', () => {
    const path = lazyModule<typeof import('node:path')>('node:path')
    const first = path()
    expect(first.join('a', 'b')).toBe('a/b')
    expect(path()).toBe(first)
  })
})

describe('worker start-up', () => {
  // Every worker thread imports the pipeline: the HTML parser, encoding
  // detection and franc must not come with it (they cost ~0.2 s a worker).
  it('importing the built pipeline and processing Chinese text imports no HTML parser, chardet or franc', () => {
    const pipeline = new URL('../../dist/pipeline/index.js', import.meta.url).href
    // Records every module the ES loader resolves (what `import` pulls in, at any depth).
    const hooks = `data:text/javascript,export async function resolve(s, c, next) { const r = await next(s, c); if (/node_modules/.test(r.url)) console.error('resolved ' + r.url); return r }`
    const script = `import {register} from 'node:module'; register(${JSON.stringify(hooks)}); const {createNewsfacts} = await import(${JSON.stringify(pipeline)}); const {record} = createNewsfacts().processSync({id: 'a', value: '今年上半年，全市地区生产总值达到25.3亿元，同比增长5.6%。'}); console.log(record.type)`
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url))})
    expect(run.stdout.trim()).toBe('article')
    const resolved = run.stderr.split('\n').filter((line) => line.startsWith('resolved '))
    expect(resolved.some((line) => line.includes('/node_modules/vfile/'))).toBe(true)
    expect(resolved.filter((line) => /\/node_modules\/(?:rehype-parse|hast-util-to-text|chardet|franc|linkedom|@mozilla\/readability)\//.test(line))).toEqual([])
  })
})
