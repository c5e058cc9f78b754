import {execFile} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const example = readFileSync(path.join(root, 'examples', 'cross-check.ts'), 'utf8')

describe("README's library example", () => {
  it('is examples/cross-check.ts, as written in README', () => {
    const library = readme.slice(readme.indexOf('## Library'), readme.indexOf('## Pipeline'))
    expect(library).toContain('```ts\n' + example + '```\n')
  })

  it('runs as written: facts of a directory, why an article has none, and the conflict between two', async () => {
    // Run from the repository, so `import … from 'newsfacts'` resolves to this package's build (npm test builds first).
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
    const {stdout, stderr} = await promisify(execFile)(tsx, ['examples/cross-check.ts', 'test/fixtures/readme'], {cwd: root, encoding: 'utf8'})
    expect(stderr).toBe('')
    const dir = 'test/fixtures/readme'
    expect(stdout.split('\n')).toEqual([
      `${dir}/a.txt\tdate\t2022年\t"2022"\t\t`,
      `${dir}/a.txt\tamount\t25.3亿元\t2530000000\tCNY\t一般公共预算收入`,
      `${dir}/a.txt\tchange\t同比增长14%\t14\t%\t一般公共预算收入`,
      `${dir}/b.txt\tdate\t2022年\t"2022"\t\t`,
      `${dir}/b.txt\tamount\t26.3亿元\t2630000000\tCNY\t一般公共预算收入`,
      `${dir}/c.txt: No facts extracted: the article is in French (\`fr\`); facts are extracted from Chinese and English only`,
      `一般公共预算收入 (amount, 2022): ${dir}/a.txt states 25.3亿元 (25.25亿元 to 25.35亿元), but ${dir}/b.txt states 26.3亿元 (26.25亿元 to 26.35亿元); the values differ beyond stated precision`,
      ''
    ])
  })
})
