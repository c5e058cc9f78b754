import {execFile} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

interface Manifest {
  license: string
  bin: Record<string, string>
  exports: Record<string, string | Record<string, string>>
  scripts: Record<string, string>
}

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest

/** The files `npm pack` would put in the package (from the build: `npm test` builds first). */
async function packed(): Promise<string[]> {
  // --ignore-scripts: prepack would build again; the test looks at the build there is.
  const {stdout} = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'})
  const [pack] = JSON.parse(stdout) as Array<{files: Array<{path: string}>}>
  return pack!.files.map((file) => file.path)
}

describe('the npm package', () => {
  it('holds the build, the schema, the dictionary, LICENSE and README, and no sources, tests or corpora', async () => {
    const files = await packed()
    for (const file of ['dist/cli/bin.js', 'dist/index.js', 'dist/index.d.ts', 'schema/record.schema.json', 'dict/news.dict.txt', 'LICENSE', 'README.md', 'package.json']) {
      expect(files, file).toContain(file)
    }
    // Every entry point the manifest names is in it.
    const targets = [...Object.values(manifest.bin), ...Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))]
    for (const target of targets) expect(files, target).toContain(path.posix.normalize(target))
    expect(files.filter((file) => /^(src|test|scripts|corpus|corpus-real|examples|docs|node_modules)\//.test(file))).toEqual([])
    // Maps would point at src/, which is not shipped.
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([])
  })

  it('is MIT licensed, as its manifest says, and runs no script when installed', () => {
    expect(manifest.license).toBe('MIT')
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} the newsfacts authors\n/)
    // npm runs these when the package is installed as a dependency (prepare for git dependencies), and warns about them.
    expect(Object.keys(manifest.scripts).filter((name) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(name))).toEqual([])
    // A clean clone has no dist/: the scripts that use the build make it first.
    for (const name of ['test', 'start', 'bench', 'prepack']) expect(manifest.scripts[name], name).toMatch(/^npm run build( &&|$)/)
  })
})
