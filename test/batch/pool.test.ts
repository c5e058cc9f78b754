import {describe, expect, it} from 'vitest'
import {Pool} from '../../src/batch/pool.js'

const script = new URL('fixtures/pool-worker.mjs', import.meta.url)

type Task = {id: string; crash?: 'throw' | 'exit' | 'oom' | 'hang'}
type Result = {id: string; thread?: string; error?: string}

function pool(size: number, workerData?: unknown, timeout?: number) {
  return new Pool<Task, Result>({
    script,
    size,
    workerData,
    resourceLimits: {maxOldGenerationSizeMb: 32},
    ...(timeout === undefined ? {} : {timeout}),
    crashed: (task, failure) => ({id: task.id, error: `${failure.kind}: ${failure.message}`})
  })
}

describe('Pool', () => {
  it('answers every task', async () => {
    const workers = pool(2)
    try {
      const results = await Promise.all(Array.from({length: 20}, (_, i) => workers.run({id: `t${i}`})))
      expect(results.map((result) => result.id)).toEqual(Array.from({length: 20}, (_, i) => `t${i}`))
    } finally {
      await workers.close()
    }
  })

  it.each(['throw', 'exit', 'oom'] as const)('fails only the task whose worker crashed (%s) and replaces the worker', async (crash) => {
    const workers = pool(2)
    try {
      const tasks: Task[] = Array.from({length: 12}, (_, i) => (i === 3 ? {id: `t${i}`, crash} : {id: `t${i}`}))
      const results = await Promise.all(tasks.map((task) => workers.run(task)))
      expect(results.filter((result) => result.error).map((result) => result.id)).toEqual(['t3'])
      expect(results[3]!.error).toMatch(/^crash: The worker crashed while processing this input: /)
      if (crash === 'oom') expect(results[3]!.error).toMatch(/memory/)
      expect(results.map((result) => result.id)).toEqual(tasks.map((task) => task.id))
      // The pool still works afterwards.
      expect(await workers.run({id: 'after'})).toMatchObject({id: 'after', thread: 'worker'})
    } finally {
      await workers.close()
    }
  })

  it('stops a worker that runs one task past the timeout, fails only that task, and goes on', async () => {
    const workers = pool(2, undefined, 1500)
    try {
      const tasks: Task[] = Array.from({length: 8}, (_, i) => (i === 2 ? {id: `t${i}`, crash: 'hang'} : {id: `t${i}`}))
      const results = await Promise.all(tasks.map((task) => workers.run(task)))
      expect(results.filter((result) => result.error)).toEqual([
        {id: 't2', error: 'timeout: Processing this input took longer than 1.5 s; its worker was stopped'}
      ])
      expect(results.map((result) => result.id)).toEqual(tasks.map((task) => task.id))
      expect(await workers.run({id: 'after'})).toMatchObject({id: 'after', thread: 'worker'})
    } finally {
      await workers.close()
    }
  })

  it('rejects every task when its workers cannot start, instead of respawning forever', async () => {
    const workers = pool(2, {failToStart: true})
    try {
      const runs = [workers.run({id: 'a'}), workers.run({id: 'b'})]
      for (const run of runs) await expect(run).rejects.toThrow(/could not start \(Error: cannot load\)/)
      await expect(workers.run({id: 'c'})).rejects.toThrow(/could not start/)
    } finally {
      await workers.close()
    }
  })
})
