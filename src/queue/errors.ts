/** The queue cannot be used (Redis does not answer, or refuses): the run stops with this message, not a stack. */
export class QueueError extends Error {
  override name = 'QueueError'
}
