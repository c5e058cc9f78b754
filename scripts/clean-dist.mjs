// Empties dist/ before a build: tsc never deletes, so files of renamed modules (and source maps of older builds) would ship.
import {rmSync} from 'node:fs'

rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true})
