import {parentPort, workerData} from 'node:worker_threads'
import {createNewsfacts, type ArticleInput} from '../pipeline/index.js'
import type {Options} from '../pipeline/options.js'
import {errorRecord} from '../report/record.js'
import type {BatchResult} from './index.js'
import type {FromWorker, ToWorker} from './pool.js'

// One pipeline per worker: dictionaries load once, on the first article.
const newsfacts = createNewsfacts((workerData as {options: Options}).options)
const port = parentPort!

port.on('message', ({seq, task}: ToWorker<ArticleInput>) => {
  let result: BatchResult
  try {
    const {record, source} = newsfacts.processSync(task)
    result = {record, source}
  } catch (error) {
    // The pipeline turns stage failures into records; this is a bug outside the stages.
    result = {record: errorRecord(task.id, 'internal', `Processing failed: ${describe(error)}`), source: ''}
  }
  try {
    port.postMessage({seq, result} satisfies FromWorker<BatchResult>)
  } catch (error) {
    port.postMessage({seq, result: {record: errorRecord(task.id, 'internal', `The result could not be sent: ${describe(error)}`), source: ''}} satisfies FromWorker<BatchResult>)
  }
})

port.postMessage({ready: true} satisfies FromWorker<BatchResult>)

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
