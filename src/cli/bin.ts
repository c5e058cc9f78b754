#!/usr/bin/env node
import {execute} from './execute.js'

/** The terminal's width, or `COLUMNS` when set; piped output is not wrapped. */
function terminalColumns(): number | undefined {
  if (process.stderr.isTTY) return process.stderr.columns
  const columns = Number.parseInt(process.env.COLUMNS ?? '', 10)
  return columns > 0 ? columns : undefined
}

try {
  process.exitCode = await execute(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: process.stderr.isTTY,
    stdoutIsTTY: process.stdout.isTTY,
    columns: terminalColumns(),
    env: process.env
  })
} catch (error) {
  // Inputs fail one by one as error records; what reaches here stopped the whole run (workers that cannot start, a bug).
  process.stderr.write(`newsfacts: the run stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 2
}
