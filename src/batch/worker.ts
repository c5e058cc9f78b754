import {parentPort, workerData} from 'node:worker_threads'
import {createNewsfacts, type ArticleInput} from '../pipeline/index.js'
import type {Options} from '../pipeline/options.js'

// One pipeline per worker: dictionaries load once, on the first article.
const newsfacts = createNewsfacts((workerData as {options: Options}).options)

parentPort?.on('message', (task: {seq: number; input: ArticleInput}) => {
  const {record, source} = newsfacts.processSync(task.input)
  parentPort?.postMessage({seq: task.seq, record, source})
})
