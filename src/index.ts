// The public API: re-exports only. `test/index.test.ts` pins these names.
export {createNewsfacts, stages, type ArticleInput, type Newsfacts, type Processed, type Stage} from './pipeline/index.js'
export {resolveOptions, type ConvertFrom, type Options, type ResolvedOptions, type SegmenterName} from './pipeline/options.js'
export {processBatch, resolveBatchOptions, type BatchOptions, type BatchResult} from './batch/index.js'
export {readInputs, type ReadOptions} from './input/index.js'
export {toRecord, errorRecord, toChecksRecord} from './report/record.js'
export {formatRecord, describeFact} from './report/text.js'
export {toFactRecords, toCsvRows, csvHeader, type FactRecord} from './report/facts.js'
export {toCodePointOffsets, type OffsetUnit} from './report/offsets.js'
export {outputTables, dateBounds, type OutputTable, type TableName, type DateBounds, type Granularity} from './report/tables/index.js'
export {loadSegmenter, splitSentences, type Segmenter} from './segment/index.js'
export {crossCheck, CrossChecker, rules} from './check/index.js'
export {decode, decodeBytes, extractHtml} from './decode/index.js'
export {repair} from './repair/index.js'
export {detect, detectLanguage, type LanguageGuess} from './detect/index.js'
export {convert, toSimplified} from './convert/index.js'
export {metadata, findDateline} from './metadata/index.js'
export {segment} from './segment/index.js'
export {extract, findNumbers, parseNumber, type NumberMatch} from './extract/index.js'
export {check} from './check/index.js'
export {OffsetMap, TextBuilder, rewrite} from './util/offset-map.js'
export {InputError} from './util/errors.js'
export {
  SCHEMA_VERSION,
  type Approx,
  type ArticleRecord,
  type Check,
  type ChecksRecord,
  type ConflictRecord,
  type ErrorCode,
  type ErrorRecord,
  type Fact,
  type FactKind,
  type FactValue,
  type MessageRecord,
  type OutputRecord,
  type Span,
  type Token,
  type Verdict
} from './types.js'
