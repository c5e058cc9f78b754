import type {ErrorCode} from '../types.js'

/**
 * Thrown by a stage when an input cannot be processed at all (binary, empty,
 * undecodable). The pipeline turns it into an error record naming the input;
 * any other exception is a bug and becomes an `internal` error record.
 */
export class InputError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'InputError'
    this.code = code
  }
}
