import type {BatchResult} from '../../batch/index.js'
import type {TextReportOptions} from '../../report/text.js'
import type {StoreWriter} from '../../store/writer.js'
import type {Parsed} from '../execute.js'
import type {Command} from '../schema.js'
import type {Output} from '../output.js'

export interface Sink {
  write(result: BatchResult): Promise<void>
  /** Finish the output; returns the number of inconsistencies found (check). */
  end(): Promise<number>
}

/** What a format writes with: the run's options and where its output goes. */
export interface SinkContext {
  parsed: Parsed
  /** `--output` or stdout; absent when the format writes a directory of its own files. */
  out: Output | undefined
  /** Reports and progress. */
  err: Output
  text: TextReportOptions
  /** Write a report, clearing the progress line first; an empty one is no line. It goes to stderr, or to `out` for a format whose report is its output. */
  show(report: string): Promise<void>
  /** With `--store`, the records go there too. */
  store?: StoreWriter
}

/** One output format of one command: `--format <name>` of `command`. */
export interface OutputFormat {
  command: Command
  name: string
  /** A text report that is the command's output: with `--output` it goes to the file (uncoloured, unwrapped), not to stderr. */
  reportIsOutput?: boolean
  /** How the text report reads without `--verbose`: what needs looking at, not every fact and check. */
  brief?: TextReportOptions
  /** Whether `--output` names a directory of files this format opens itself, rather than one file. */
  writesDirectory?(parsed: Parsed): boolean
  /** The sink, its files open (a wrong path fails before any input is read). */
  create(context: SinkContext): Sink | Promise<Sink>
}
