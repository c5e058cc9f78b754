/**
 * The output formats: one entry per format of each command, one module
 * each. A command's first entry is its default; `schema.ts` lists the same
 * names for `--format` (a test keeps the two in step).
 */
import type {Command} from '../schema.js'
import {checkJson, checkText} from './check.js'
import {csv} from './csv.js'
import {html} from './html.js'
import {jsonl} from './jsonl.js'
import {parquet} from './parquet.js'
import {segmentText} from './segment.js'
import {showText} from './show.js'
import type {OutputFormat} from './types.js'

export type {OutputFormat, Sink, SinkContext} from './types.js'
export {tableChoices, type TableChoice} from './tables.js'

export const outputFormats: readonly OutputFormat[] = [showText, jsonl, csv, parquet, checkText, checkJson, html, segmentText]

/** The format `--format name` of `command` names, or the command's default; undefined for commands that write no records (worker, query). */
export function outputFormat(command: Command, name: string | undefined): OutputFormat | undefined {
  return outputFormats.find((format) => format.command === command && (name === undefined || format.name === name))
}
