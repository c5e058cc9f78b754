// The distributed batch: loaded only by `extract --queue` and `worker`, so that other commands never load BullMQ.
export {parseQueueAddress, describeAddress, type QueueAddress} from './address.js'
export {Collector, defaultTuning, type QueueRunOptions, type Tuning} from './collector.js'
export {QueueError} from './errors.js'
export {runWorker, DEFAULT_STALLED_AFTER, type QueueWorkerOptions, type QueueWorkerSummary} from './worker.js'
