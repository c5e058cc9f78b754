#!/usr/bin/env node
import {execute} from './execute.js'

try {
  process.exitCode = await execute(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: process.stderr.isTTY
  })
} catch (error) {
  // Inputs fail one by one as error records; what reaches here stopped the whole run (workers that cannot start, a bug).
  process.stderr.write(`newsfacts: the run stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 2
}
