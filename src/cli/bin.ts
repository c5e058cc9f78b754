#!/usr/bin/env node
import {execute} from './execute.js'

process.exitCode = await execute(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  stderrIsTTY: process.stderr.isTTY
})
